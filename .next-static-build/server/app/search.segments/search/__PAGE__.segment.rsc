3:"$Sreact.fragment"
5:"/_next/static/chunks/3qfy96eoyh-ek.js"
6:I[97367,["$5"],"OutletBoundary"]
7:"$Sreact.suspense"
4:["$","p",null,{"children":"Search runs in your browser and needs JavaScript. Every essay is also listed on the home page and on the topic pages."}]
a:X
2:[["children",{"s":"__PAGE__","d":{"r":["$","$3","c",{"children":[["$","div",null,{"className":"page search-page","children":[["$","header",null,{"className":"page-header","children":["$","h1",null,{"children":"Search"}]}],["$","div",null,{"data-site-search":"","children":[["$","form",null,{"role":"search","aria-label":"Essays","action":"/search","method":"get","children":[["$","label",null,{"htmlFor":"search-page-query","children":"Search the essays"}]," ",["$","input",null,{"id":"search-page-query","name":"q","type":"search","autoComplete":"off","aria-controls":"search-results"}]," ",["$","button",null,{"type":"submit","children":"Search"}]]}],["$","p",null,{"role":"status","className":"meta search-status"}],["$","ol",null,{"id":"search-results","className":"search-results"}],["$","noscript",null,{"children":"$4"}],["$","script",null,{"async":true,"src":"/reader-scripts/search.ebbb847acba2.js"}]]}]]}],[["$","style","0",{"precedence":"next","href":"/_next/static/chunks/0w12bp6jvgdrn.css","children":".article-list{margin:0;padding:0;list-style:none}.article-list-item{border-bottom:1px solid var(--rule);padding:1.25rem 0}.article-list-title{margin:0 0 .5rem;font-size:1.5rem;line-height:1.25}.article-list-title a{color:var(--text)}.article-list-summary{margin:0 0 .5rem}\n"}],["$","style","1",{"precedence":"next","href":"/_next/static/chunks/0d2v-7wovvm-k.css","children":".search-results{padding:0;list-style:none}.search-results li{border-bottom:1px solid var(--rule);padding:1rem 0}.search-results mark{background:var(--accent-soft);color:inherit;font-weight:600}\n"}]],["$","$L6",null,{"children":["$","$7",null,{"name":"Next.MetadataOutlet","children":"$@8"}]}]]}],"p":"$@9","v":null,"s":"$a"}}]]
1:[["children",{"s":"search","c":"$Q2"}]]
0:{"t":{"t":{"s":"","h":16,"c":"$Q1"}},"a":"$@b","u":"$@c","b":"e8f9dfbdccb1485edcf1"}
8:null
c:true
a:300
a:C
b:0
9:"$undefined"
