module.exports=[79991,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_page_%5Bnumber%5D_page_actions_1zxjoig39z9ec.js.map