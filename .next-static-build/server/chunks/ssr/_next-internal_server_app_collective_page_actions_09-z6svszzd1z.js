module.exports=[90641,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_collective_page_actions_09-z6svszzd1z.js.map