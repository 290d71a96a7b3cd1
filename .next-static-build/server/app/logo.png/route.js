var R=require("../../chunks/[turbopack]_runtime.js")("server/app/logo.png/route.js")
R.c("server/chunks/[externals]_next_dist_compiled_@vercel_og_index_node_11d4kx529w4v5.js")
R.c("server/chunks/[root-of-the-server]__0da4w9ufosigd._.js")
R.c("server/chunks/_00xmzda001_ru._.js")
R.c("server/chunks/[root-of-the-server]__1uv-wzynojl57._.js")
R.c("server/chunks/_next-internal_server_app_logo_png_route_actions_0jz9p2sgvr7dj.js")
R.m(1406)
module.exports=R.m(1406).exports
