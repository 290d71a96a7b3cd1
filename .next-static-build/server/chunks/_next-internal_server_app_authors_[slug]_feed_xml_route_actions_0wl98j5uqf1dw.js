module.exports=[68267,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_authors_%5Bslug%5D_feed_xml_route_actions_0wl98j5uqf1dw.js.map