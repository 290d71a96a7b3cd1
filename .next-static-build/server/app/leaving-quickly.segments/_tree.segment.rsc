2:[["children",{"s":"__PAGE__"}]]
1:[["children",{"s":"leaving-quickly","c":"$Q2"}]]
0:{"b":"e8f9dfbdccb1485edcf1","t":{"t":{"s":"","h":16,"c":"$Q1"}}}
