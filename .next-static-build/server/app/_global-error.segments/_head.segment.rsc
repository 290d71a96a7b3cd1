1:"$Sreact.fragment"
2:"/_next/static/chunks/3qfy96eoyh-ek.js"
3:"ViewportBoundary"
4:I[97367,["$2"],"$3"]
5:"MetadataBoundary"
6:I[97367,["$2"],"$5"]
7:"$Sreact.suspense"
9:X
0:{"t":{"t":{"s":"","h":16},"h":{"r":["$","$1","h",{"children":[null,["$","$L4",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L6",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$7",null,{"name":"Next.Metadata","children":[]}]}],null]}],null]}],"p":"$@8","v":null,"s":"$9"}},"a":"$@a","u":"$@b","b":"e8f9dfbdccb1485edcf1"}
b:true
9:300
9:C
a:0
8:"$undefined"
