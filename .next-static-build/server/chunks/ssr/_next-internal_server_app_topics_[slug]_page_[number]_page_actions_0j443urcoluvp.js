module.exports=[35159,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_topics_%5Bslug%5D_page_%5Bnumber%5D_page_actions_0j443urcoluvp.js.map