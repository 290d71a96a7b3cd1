module.exports=[31639,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_logo_png_route_actions_0jz9p2sgvr7dj.js.map