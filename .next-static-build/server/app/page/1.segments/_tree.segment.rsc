3:[["children",{"s":"__PAGE__"}]]
2:[["children",{"s":{"n":"number","t":"d","k":"1","s":[]},"h":65536,"c":"$Q3"}]]
1:[["children",{"s":"page","h":131072,"c":"$Q2"}]]
0:{"b":"e8f9dfbdccb1485edcf1","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
