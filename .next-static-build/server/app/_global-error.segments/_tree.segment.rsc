1:[["children",{"s":"__PAGE__","h":16}]]
0:{"b":"e8f9dfbdccb1485edcf1","t":{"t":{"s":"","h":16,"c":"$Q1"}}}
