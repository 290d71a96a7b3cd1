3:[["children",{"s":"__PAGE__"}]]
2:[["children",{"s":{"n":"slug","t":"d","k":"can-anti-trafficking-be-rescued","s":[]},"h":65536,"c":"$Q3"}]]
1:[["children",{"s":"articles","h":131072,"c":"$Q2"}]]
0:{"b":"e8f9dfbdccb1485edcf1","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
