module.exports=[30467,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_cite_ris_route_actions_0jkyd9fghf27y.js.map