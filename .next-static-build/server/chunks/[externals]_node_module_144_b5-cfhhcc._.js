module.exports=[44376,(e,o,d)=>{o.exports=e.x("node:module",()=>require("node:module"))}];

//# sourceMappingURL=%5Bexternals%5D_node_module_144_b5-cfhhcc._.js.map