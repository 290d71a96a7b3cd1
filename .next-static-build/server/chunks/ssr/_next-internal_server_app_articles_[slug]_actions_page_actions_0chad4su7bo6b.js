module.exports=[54320,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_actions_page_actions_0chad4su7bo6b.js.map