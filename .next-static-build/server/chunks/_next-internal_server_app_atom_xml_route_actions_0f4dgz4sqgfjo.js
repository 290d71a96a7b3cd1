module.exports=[13957,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_atom_xml_route_actions_0f4dgz4sqgfjo.js.map