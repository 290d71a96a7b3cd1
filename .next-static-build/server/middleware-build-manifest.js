globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/e8f9dfbdccb1485edcf1/_buildManifest.js",
    "static/e8f9dfbdccb1485edcf1/_ssgManifest.js",
    "static/e8f9dfbdccb1485edcf1/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/0j1we3cwg31qe.js",
    "static/chunks/0pds6b-n-qd7f.js",
    "static/chunks/39_j1bdzreq0m.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/articles/[slug]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/articles/[slug]/actions/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/authors/[slug]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/authors/[slug]/page/[number]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/collective/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/leaving-quickly/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/page/[number]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/search/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/[slug]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/[slug]/page/[number]/page": {
      "otherChunks": [
        "static/chunks/0j1we3cwg31qe.js",
        "static/chunks/0pds6b-n-qd7f.js",
        "static/chunks/39_j1bdzreq0m.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
