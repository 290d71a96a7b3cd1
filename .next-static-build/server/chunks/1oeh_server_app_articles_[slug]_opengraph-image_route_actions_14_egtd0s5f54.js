module.exports=[72315,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_articles_%5Bslug%5D_opengraph-image_route_actions_14_egtd0s5f54.js.map