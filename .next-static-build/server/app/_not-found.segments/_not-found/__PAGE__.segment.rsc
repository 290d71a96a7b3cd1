3:"$Sreact.fragment"
4:"/_next/static/chunks/3qfy96eoyh-ek.js"
5:I[97367,["$4"],"OutletBoundary"]
6:"$Sreact.suspense"
9:X
2:[["children",{"s":"__PAGE__","d":{"r":["$","$3","c",{"children":[["$","div",null,{"className":"page","children":[["$","header",null,{"className":"page-header","children":["$","h1",null,{"children":"Page not found"}]}],["$","p",null,{"children":"There is no page at this address. It may have moved, or the address may have a typo."}],["$","p",null,{"children":["$","a",null,{"href":"/","children":"Go to the home page and its list of essays"}]}]]}],null,["$","$L5",null,{"children":["$","$6",null,{"name":"Next.MetadataOutlet","children":"$@7"}]}]]}],"p":"$@8","v":null,"s":"$9"}}]]
1:[["children",{"s":"/_not-found","c":"$Q2"}]]
0:{"t":{"t":{"s":"","h":16,"c":"$Q1"}},"a":"$@a","u":"$@b","b":"e8f9dfbdccb1485edcf1"}
7:null
b:true
9:300
9:C
a:0
8:"$undefined"
