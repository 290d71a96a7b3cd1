4:"$Sreact.fragment"
5:"/_next/static/chunks/3qfy96eoyh-ek.js"
6:I[97367,["$5"],"OutletBoundary"]
7:"$Sreact.suspense"
a:X
3:[["children",{"s":"__PAGE__","d":{"r":["$","$4","c",{"children":[["$","div",null,{"className":"page","children":[["$","header",null,{"className":"page-header","children":[["$","h1",null,{"children":"Reframe Health and Justice"}],["$","p",null,{"className":"lede","children":"A collective of individuals dedicated to reframing the sociopolitical paradigms through which we understand race, gender, health, and justice."}]]}],["$","section",null,{"aria-labelledby":"essays-heading","children":[["$","h2",null,{"id":"essays-heading","className":"section-heading","children":"Essays"}],["$","ol",null,{"className":"article-list","children":[["$","li","can-anti-trafficking-be-rescued",{"className":"article-list-item","children":["$","article",null,{"children":[["$","h3",null,{"className":"article-list-title","children":["$","a",null,{"href":"/articles/can-anti-trafficking-be-rescued","children":"Can Anti-Trafficking Be Rescued?"}]}],["$","p",null,{"className":"article-list-summary","children":"The anti-trafficking field has stayed largely silent as the country reckons with police brutality. Kate D’Adamo asks whether a field built on carceral penalties can be saved from its pro-police roots, and sets out five steps to begin untangling it from law enforcement."}],["$","p",null,{"className":"meta","children":[["$","span",null,{"className":"byline","children":["by"," ",[["$","span","kate-dadamo",{"children":[false,["$","a",null,{"href":"/authors/kate-dadamo","rel":"author","children":"Kate D’Adamo"}]]}]]]}]," · ",["$","time",null,{"dateTime":"2020-06-17","children":"17 June 2020"}]," ·"," ",7," min read"]}]]}]}]]}],null]}]]}],[["$","style","0",{"precedence":"next","href":"/_next/static/chunks/0w12bp6jvgdrn.css","children":".article-list{margin:0;padding:0;list-style:none}.article-list-item{border-bottom:1px solid var(--rule);padding:1.25rem 0}.article-list-title{margin:0 0 .5rem;font-size:1.5rem;line-height:1.25}.article-list-title a{color:var(--text)}.article-list-summary{margin:0 0 .5rem}\n"}]],["$","$L6",null,{"children":["$","$7",null,{"name":"Next.MetadataOutlet","children":"$@8"}]}]]}],"p":"$@9","v":null,"s":"$a"}}]]
2:[["children",{"s":{"n":"number","t":"d","k":"1","s":[]},"h":65536,"c":"$Q3"}]]
1:[["children",{"s":"page","h":131072,"c":"$Q2"}]]
0:{"t":{"t":{"s":"","h":131088,"c":"$Q1"}},"a":"$@b","u":"$@c","b":"e8f9dfbdccb1485edcf1"}
8:null
c:true
a:300
a:C
b:0
9:"$undefined"
