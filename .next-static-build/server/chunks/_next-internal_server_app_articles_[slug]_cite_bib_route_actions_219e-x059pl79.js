module.exports=[8924,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_cite_bib_route_actions_219e-x059pl79.js.map