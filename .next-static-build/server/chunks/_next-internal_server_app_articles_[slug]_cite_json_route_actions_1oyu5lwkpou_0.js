module.exports=[56355,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_cite_json_route_actions_1oyu5lwkpou_0.js.map