module.exports=[76139,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_authors_%5Bslug%5D_page_actions_0pz_9pzxsqvzn.js.map