module.exports=[81018,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_reader-scripts_%5Bfile%5D_route_actions_0by0hp_t7femq.js.map