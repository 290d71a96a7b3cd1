module.exports=[82536,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_leaving-quickly_page_actions_03cbrz0p0ahq3.js.map