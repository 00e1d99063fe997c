"""Opens collections of an OGC API - Features service with QGIS's own provider (OAPIF), headless,
and prints one line per collection: its id, whether QGIS took the layer, and the features it read.

usage: python3 read_collections.py <landing page URL> <collection id>...
"""
import os
import sys

from qgis.core import QgsApplication, QgsVectorLayer

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
try:
    landing = sys.argv[1]
    for collection in sys.argv[2:]:
        layer = QgsVectorLayer(
            "url='%s' typename='%s'" % (landing, collection), collection, "OAPIF")
        read = sum(1 for _ in layer.getFeatures()) if layer.isValid() else -1
        print("%s\t%s\t%d" % (collection, layer.isValid(), read), flush=True)
finally:
    sys.stdout.flush()
    # QgsApplication.exitQgis() crashes headless QGIS 3.22 on the way out; nothing is left to save
    os._exit(0)
