var R=require("../../chunks/[turbopack]_runtime.js")("server/app/feed.json/route.js")
R.c("server/chunks/[root-of-the-server]__1apk0lpl5h8ki._.js")
R.c("server/chunks/[root-of-the-server]__17lxc9452dc57._.js")
R.c("server/chunks/lib_1bx-oi-0guof7._.js")
R.c("server/chunks/[root-of-the-server]__1uv-wzynojl57._.js")
R.c("server/chunks/_08tqhsisohhby._.js")
R.c("server/chunks/_next-internal_server_app_feed_json_route_actions_0zyq5hg1ho1lc.js")
R.m(45047)
module.exports=R.m(45047).exports
