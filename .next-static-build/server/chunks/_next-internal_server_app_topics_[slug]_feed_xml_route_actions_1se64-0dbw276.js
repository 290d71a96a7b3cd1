module.exports=[43865,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_topics_%5Bslug%5D_feed_xml_route_actions_1se64-0dbw276.js.map