/*
 * The planners' map: municipalities, the zones of each plan in force and the parcels (from zoom
 * 15), read for the current view from /mapa/datos with the page's login session; a parcel's card
 * (its zoning report); search by cadastral key or folio; export of the view as GeoJSON.
 */
(function () {
  'use strict';

  var PARCELS_FROM_ZOOM = 15;
  var element = document.getElementById('mapa');
  var base = element.getAttribute('data-base');
  var notice = document.getElementById('aviso');
  var card = document.getElementById('tarjeta');

  var map = L.map(element, { zoomControl: true }).setView([21.152, -86.838], 16);
  map.attributionControl.addAttribution('Municipios: INEGI, Marco Geoestadístico');
  // zones and boundaries are drawn in a pane under the parcels', whatever loads last, so that a
  // click on a parcel always reaches the parcel
  map.createPane('zonas').style.zIndex = 350;

  /** Colours of PDU zones by the letters of their code, and of POEL UGAs by policy. */
  var USE_COLOURS = {
    H: '#f6d55c', CU: '#ed553b', CB: '#e58e26', TH: '#d35fb7', EQ: '#3caea3', AV: '#5cb85c'
  };
  var POLICY_COLOURS = {
    PROTECTION: '#1b5e20', CONSERVATION: '#43a047', RESTORATION: '#a1887f', SUSTAINABLE_USE: '#9ccc65'
  };
  var USE_NAMES = {
    H: 'Habitacional', CU: 'Corredor urbano', CB: 'Centro de barrio', TH: 'Turístico hotelero',
    EQ: 'Equipamiento', AV: 'Área verde'
  };
  var POLICY_NAMES = {
    PROTECTION: 'Protección', CONSERVATION: 'Conservación', RESTORATION: 'Restauración',
    SUSTAINABLE_USE: 'Aprovechamiento sustentable'
  };
  var legendSeen = {};
  var selectedKey = null;

  function zoneClass(properties) {
    if (properties.politica) {
      return { key: 'P:' + properties.politica, colour: POLICY_COLOURS[properties.politica] || '#777',
               name: 'UGA: ' + (POLICY_NAMES[properties.politica] || properties.politica) };
    }
    var code = String(properties.clave || '');
    var prefix = USE_COLOURS[code.substring(0, 2)] ? code.substring(0, 2) : code.substring(0, 1);
    return { key: 'U:' + prefix, colour: USE_COLOURS[prefix] || '#999',
             name: USE_NAMES[prefix] || ('Zona ' + prefix) };
  }

  function say(text) {
    notice.textContent = text || '';
  }

  // Leaflet reads a tooltip's string and a layer's name in the layer control as HTML: names that
  // people typed (plans, zones, municipalities) go in as text, never as markup.
  function textElement(text) {
    var span = document.createElement('span');
    span.textContent = text === null || text === undefined ? '' : String(text);
    return span;
  }

  function htmlOfText(text) {
    return textElement(text).outerHTML;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            throw new Error(body.mensaje || ('error ' + response.status));
          }
          return body;
        });
      });
  }

  function viewBbox() {
    var b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) {
      return v.toFixed(6);
    }).join(',');
  }

  /** A layer of the map fed with the features of a collection within the view. */
  function collectionLayer(collection, options) {
    var layer = L.geoJSON(null, options);
    layer.collection = collection;
    layer.minZoom = options.minZoom || 0;
    layer.refresh = function () {
      if (!map.hasLayer(layer)) {
        return;
      }
      if (map.getZoom() < layer.minZoom) {
        layer.clearLayers();
        return;
      }
      getJson(base + '/colecciones/' + encodeURIComponent(collection) + '?bbox=' + viewBbox())
        .then(function (data) {
          layer.clearLayers();
          layer.addData(data);
          if (data.truncated) {
            say('Hay más elementos de los que se dibujan: acerque el mapa.');
          }
          if (options.afterLoad) {
            options.afterLoad(data);
          }
        })
        .catch(function (e) { say('No se pudo cargar la capa: ' + e.message); });
    };
    return layer;
  }

  var municipalities = collectionLayer('municipalities', {
    pane: 'zonas',
    style: { color: '#444', weight: 2, fill: false, dashArray: '6 4' },
    onEachFeature: function (feature, layer) {
      layer.bindTooltip(textElement(feature.properties.nombre));
    }
  }).addTo(map);

  var parcels = collectionLayer('parcels', {
    minZoom: PARCELS_FROM_ZOOM,
    style: function (feature) {
      var selected = feature.properties.clave_catastral === selectedKey;
      return { color: selected ? '#0d47a1' : '#263238', weight: selected ? 4 : 1,
               fillColor: '#ffffff', fillOpacity: selected ? 0.5 : 0.15, className: 'predio' };
    },
    onEachFeature: function (feature, layer) {
      layer.on('click', function () { showCard(feature.properties.clave_catastral); });
      layer.bindTooltip(textElement(feature.properties.clave_catastral), { sticky: true });
    }
  }).addTo(map);

  var overlays = { 'Municipios (INEGI)': municipalities, 'Predios': parcels };
  var zoneLayers = [];

  getJson(base + '/capas').then(function (data) {
    data.zones.forEach(function (plan) {
      var layer = collectionLayer(plan.collection, {
        pane: 'zonas',
        style: function (feature) {
          var c = zoneClass(feature.properties);
          return { color: c.colour, weight: 1, fillColor: c.colour, fillOpacity: 0.45 };
        },
        onEachFeature: function (feature, layer) {
          var p = feature.properties;
          layer.bindTooltip(textElement(p.plan + ' · ' + p.clave + ' · ' + p.nombre), { sticky: true });
        },
        afterLoad: function (loaded) {
          loaded.features.forEach(function (f) { addToLegend(zoneClass(f.properties)); });
        }
      });
      zoneLayers.push(layer);
      overlays[htmlOfText('Zonas: ' + plan.name)] = layer;
      // urban development plans are shown at once, under the parcels; ecological ones on demand
      if (plan.kind === 'PDU') {
        layer.addTo(map);
      }
    });
    // folded on a phone, where it would cover the parcels
    L.control.layers(null, overlays, { collapsed: element.clientWidth < 700 }).addTo(map);
    parcels.bringToFront();
    refreshAll();
  }).catch(function (e) { say('No se pudieron leer los planes: ' + e.message); });

  function refreshAll() {
    say(map.getZoom() < PARCELS_FROM_ZOOM ? 'Acerque el mapa para ver los predios.' : '');
    [municipalities, parcels].concat(zoneLayers).forEach(function (l) { l.refresh(); });
  }

  map.on('moveend', refreshAll);
  map.on('overlayadd', function (e) {
    if (e.layer.refresh) { e.layer.refresh(); }
    parcels.bringToFront();
  });

  function addToLegend(c) {
    if (legendSeen[c.key]) {
      return;
    }
    legendSeen[c.key] = true;
    var legend = document.getElementById('leyenda');
    var list = legend.querySelector('ul');
    if (!list) {
      var title = document.createElement('h3');
      title.textContent = 'Leyenda de zonas';
      legend.appendChild(title);
      list = document.createElement('ul');
      legend.appendChild(list);
    }
    var item = document.createElement('li');
    var swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = c.colour;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(c.name));
    list.appendChild(item);
  }

  // ---- the card of a parcel

  function cell(row, text, header) {
    var td = document.createElement(header ? 'th' : 'td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
  }

  function table(headers, rows) {
    var t = document.createElement('table');
    var head = t.createTHead().insertRow();
    headers.forEach(function (h) { cell(head, h, true); });
    var body = t.createTBody();
    rows.forEach(function (r) {
      var row = body.insertRow();
      r.forEach(function (v) { cell(row, v); });
    });
    return t;
  }

  function paragraph(text) {
    var p = document.createElement('p');
    p.textContent = text;
    card.appendChild(p);
  }

  function heading(level, text) {
    var h = document.createElement('h' + level);
    h.textContent = text;
    card.appendChild(h);
    return h;
  }

  function percent(share) {
    return (Number(share) * 100).toFixed(1) + ' %';
  }

  function showCard(key) {
    selectedKey = key;
    parcels.setStyle(parcels.options.style);
    getJson(base + '/predios/' + encodeURIComponent(key)).then(function (report) {
      var z = report.zoning;
      card.textContent = '';
      heading(3, 'Predio ' + z.cadastralKey).id = 'tarjeta-clave';
      paragraph('Municipio ' + z.municipality + ' · superficie ' +
        Number(z.areaM2).toLocaleString('es-MX') + ' m²');
      heading(4, 'Zonas de los planes vigentes');
      if (z.zones.length === 0) {
        paragraph('Ningún plan vigente cubre este predio.');
      } else {
        card.appendChild(table(
          ['Plan', 'Zona', 'Parte', 'Densidad (viv/ha)', 'COS', 'CUS', 'Política'],
          z.zones.map(function (s) {
            return [s.plan.planKey + ' v' + s.plan.version, s.zone.code + ' · ' + s.zone.name,
                    percent(s.share), s.zone.densityDwellingsPerHa, s.zone.cos, s.zone.cus,
                    s.zone.ugaPolicy ? POLICY_NAMES[s.zone.ugaPolicy] : ''];
          })));
      }
      heading(4, 'Folios reales');
      if (report.folios.length === 0) {
        paragraph('Ningún folio real cubre este predio.');
      } else {
        card.appendChild(table(['Folio', 'Trámites pendientes', 'Titulares'],
          report.folios.map(function (f) {
            var holders = (f.state && f.state.holders || []).map(function (h) {
              return h.name ? h.name + ' (' + h.share + ' %)' : 'reservado (' + h.share + ' %)';
            }).join('; ');
            return [f.folioNumber, f.pendingFilings, holders];
          })));
      }
    }).catch(function (e) { say('No se pudo leer el predio: ' + e.message); });
  }

  // ---- search and export

  function search() {
    var q = document.getElementById('buscar').value.trim();
    if (!q) {
      say('Escriba una clave catastral o un número de folio.');
      return;
    }
    getJson(base + '/buscar?q=' + encodeURIComponent(q)).then(function (found) {
      if (found.length === 0) {
        say('No se encontró ningún predio vigente con «' + q + '».');
        return;
      }
      say(found.length === 1 ? '' : found.length + ' predios; se muestra el primero.');
      var b = found[0].bbox;
      map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { maxZoom: 18 });
      showCard(found[0].cadastralKey);
    }).catch(function (e) { say('No se pudo buscar: ' + e.message); });
  }

  // the form never leaves the page: the search runs here (no inline handler, which the page's
  // Content-Security-Policy would refuse)
  document.getElementById('busqueda').addEventListener('submit', function (event) {
    event.preventDefault();
    search();
  });
  // opened from a folio or a link: /mapa/?q=<cadastral key or folio number>
  var asked = new URLSearchParams(window.location.search).get('q');
  if (asked) {
    document.getElementById('buscar').value = asked;
    search();
  }

  document.getElementById('exportar').addEventListener('click', function () {
    var view = map.getBounds();
    var features = [];
    [municipalities, parcels].concat(zoneLayers).forEach(function (layer) {
      if (!map.hasLayer(layer)) {
        return;
      }
      layer.eachLayer(function (l) {
        if (l.getBounds && view.intersects(l.getBounds())) {
          var f = l.toGeoJSON();
          f.properties.capa = layer.collection;
          features.push(f);
        }
      });
    });
    var blob = new Blob([JSON.stringify({ type: 'FeatureCollection', features: features })],
                        { type: 'application/geo+json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'vista-mapa.geojson';
    document.body.appendChild(link);
    link.click();
    link.remove();
    say(features.length + ' elementos exportados.');
  });
}());
