var R=require("../../chunks/[turbopack]_runtime.js")("server/app/atom.xml/route.js")
R.c("server/chunks/[root-of-the-server]__1apk0lpl5h8ki._.js")
R.c("server/chunks/[root-of-the-server]__17lxc9452dc57._.js")
R.c("server/chunks/lib_1bx-oi-0guof7._.js")
R.c("server/chunks/[root-of-the-server]__1uv-wzynojl57._.js")
R.c("server/chunks/_1e2fgto729bos._.js")
R.c("server/chunks/_next-internal_server_app_atom_xml_route_actions_0f4dgz4sqgfjo.js")
R.m(51256)
module.exports=R.m(51256).exports
