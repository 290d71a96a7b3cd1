5:[["children",{"s":"__PAGE__"}]]
4:[["children",{"s":{"n":"number","t":"d","k":"1","s":[]},"h":65536,"c":"$Q5"}]]
3:[["children",{"s":"page","h":131072,"c":"$Q4"}]]
2:[["children",{"s":{"n":"slug","t":"d","k":"sex-workers-rights-and-human-trafficking","s":[]},"h":196608,"c":"$Q3"}]]
1:[["children",{"s":"topics","h":131072,"c":"$Q2"}]]
0:{"b":"e8f9dfbdccb1485edcf1","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
