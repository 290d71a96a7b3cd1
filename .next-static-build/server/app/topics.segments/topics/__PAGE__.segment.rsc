3:"$Sreact.fragment"
4:"/_next/static/chunks/3qfy96eoyh-ek.js"
5:I[97367,["$4"],"OutletBoundary"]
6:"$Sreact.suspense"
9:X
2:[["children",{"s":"__PAGE__","d":{"r":["$","$3","c",{"children":[["$","div",null,{"className":"page","children":[["$","header",null,{"className":"page-header","children":["$","h1",null,{"children":"Topics"}]}],["$","ul",null,{"className":"topic-list","children":[["$","li","sex-workers-rights-and-human-trafficking",{"children":[["$","h2",null,{"children":["$","a",null,{"href":"/topics/sex-workers-rights-and-human-trafficking","children":"Sex Workers’ Rights and Human Trafficking"}]}],["$","p",null,{"children":"Essays on sex workers’ rights, on the anti-trafficking field, and on what happens where the two meet law enforcement."}],["$","p",null,{"className":"meta","children":"1 essay"}]]}]]}]]}],[["$","style","0",{"precedence":"next","href":"/_next/static/chunks/1rv6stdtfb7bp.css","children":".topic-list,.member-list,.author-links{margin:0;padding:0;list-style:none}.member-list li,.author-links li{padding:.375rem 0}\n"}]],["$","$L5",null,{"children":["$","$6",null,{"name":"Next.MetadataOutlet","children":"$@7"}]}]]}],"p":"$@8","v":null,"s":"$9"}}]]
1:[["children",{"s":"topics","c":"$Q2"}]]
0:{"t":{"t":{"s":"","h":16,"c":"$Q1"}},"a":"$@a","u":"$@b","b":"e8f9dfbdccb1485edcf1"}
7:null
b:true
9:300
9:C
a:0
8:"$undefined"
