module.exports=[9805,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_authors_%5Bslug%5D_page_%5Bnumber%5D_page_actions_20jmagkkxt1gj.js.map