-- Documents' text for the search benchmark (bench/document-search.sh), one slice of documents
-- numbered :lo .. :hi (the script runs two slices at once, one per core). Each document is a
-- PROCESSED blob (a made-up SHA-256 of its number, media type PDF) with 8–22 sentences of Spanish
-- deed prose (~1–3 KB) about Quintana Roo: municipalities and cities with their accents (Benito
-- Juárez, Cancún…), people, parcels, prices, liens; a rarer sentence (1 document in ~500) names the
-- cenote Zací-Ha. Each blob is uploaded once (document.document) to generated filing
-- :first_filing + (n mod :filings), so the search's filters on office, type and dates work.
\set QUIET on
set client_min_messages = warning;
set synchronous_commit = off;
with w as (
  select array['Benito Juárez','Solidaridad','Cozumel','Othón P. Blanco','Tulum','Bacalar','Isla Mujeres',
               'Lázaro Cárdenas','Felipe Carrillo Puerto','José María Morelos','Puerto Morelos'] as mun,
         array['Cancún','Playa del Carmen','Chetumal','San Miguel de Cozumel','Tulum','Bacalar','Kantunilkín',
               'Felipe Carrillo Puerto','Puerto Morelos','Isla Mujeres','Mahahual'] as ciu,
         array['Supermanzana 15','Región 94','Fraccionamiento Villas del Mar','Colonia Centro','Fraccionamiento Playacar',
               'Colonia Adolfo López Mateos','Residencial Campestre','Fraccionamiento Caribe','Colonia Proterritorio',
               'Zona Hotelera','Colonia Ejidal','Fraccionamiento Los Almendros','Colonia Forjadores','Colonia Solidaridad'] as col,
         array['María Guadalupe','José Luis','Juan Carlos','Ana Sofía','Jesús','Ramón','Martín','Verónica','Claudia',
               'Héctor','Andrés','Mónica','Raúl','Inés','Joaquín','Lucía'] as nom,
         array['Pérez','Hernández','Martínez','González','López','Chan','Canché','Pech','Ucán','May','Castillo','Gómez',
               'Núñez','Ávila','Sánchez','Cetina','Poot','Ramírez'] as ape,
         array['compraventa','hipoteca','donación','adjudicación por herencia','cancelación de hipoteca','embargo',
               'fideicomiso','servidumbre de paso','aviso preventivo','rectificación'] as act,
         array['lote','vialidad','área verde','calle','andador','propiedad privada','zona federal'] as lin,
         array['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'] as mes
), doc as (
  select n, encode(sha256(convert_to('bench-document-' || n, 'UTF8')), 'hex') as sha, t.text
    from generate_series(:lo::bigint, :hi::bigint) n
   cross join w
   cross join lateral (
     select string_agg(case (random() * 9)::int + 0 * s
       when 0 then format('En la ciudad de %s, municipio de %s, Quintana Roo, a %s de %s de %s, ante mí, licenciado %s %s, titular de la Notaría Pública número %s, comparecen %s %s y %s %s.',
                          w.ciu[1 + (random() * 10)::int], w.mun[1 + (random() * 10)::int], 1 + (random() * 27)::int,
                          w.mes[1 + (random() * 11)::int], 2015 + (random() * 10)::int, w.nom[1 + (random() * 15)::int],
                          w.ape[1 + (random() * 17)::int], 1 + (random() * 79)::int, w.nom[1 + (random() * 15)::int],
                          w.ape[1 + (random() * 17)::int], w.nom[1 + (random() * 15)::int], w.ape[1 + (random() * 17)::int])
       when 1 then format('El inmueble objeto de esta operación es el lote %s, manzana %s, ubicado en %s de la ciudad de %s, con superficie de %s metros cuadrados.',
                          1 + (random() * 59)::int, 1 + (random() * 89)::int, w.col[1 + (random() * 13)::int],
                          w.ciu[1 + (random() * 10)::int], 90 + (random() * 900)::int)
       when 2 then format('Medidas y colindancias: al norte %s metros con %s; al sur %s metros con %s; al oriente %s metros con %s; al poniente %s metros con %s.',
                          8 + (random() * 30)::int, w.lin[1 + (random() * 6)::int], 8 + (random() * 30)::int, w.lin[1 + (random() * 6)::int],
                          10 + (random() * 40)::int, w.lin[1 + (random() * 6)::int], 10 + (random() * 40)::int, w.lin[1 + (random() * 6)::int])
       when 3 then format('Las partes pactan como precio de la %s la cantidad de $%s,%s.00 pesos, moneda nacional, que la parte adquirente paga en este acto.',
                          w.act[1 + (random() * 9)::int], 200 + (random() * 9000)::int, 100 + (random() * 899)::int)
       when 4 then format('Se solicita la inscripción en el folio real %s-FR-%s del Registro Público de la Propiedad y del Comercio del Estado de Quintana Roo.',
                          (array['CUN','PDC','CHE','COZ'])[1 + (random() * 3)::int], 100000 + (random() * 400000)::int)
       when 5 then format('La parte vendedora declara que el inmueble se encuentra libre de gravámenes, limitaciones de dominio y adeudos fiscales, según certificado expedido por la oficina registral de %s.',
                          w.ciu[1 + (random() * 10)::int])
       when 6 then format('Clave catastral %s-%s-%s, valor catastral de $%s,000.00, según avalúo practicado por perito valuador autorizado del municipio de %s.',
                          23000 + (random() * 11)::int, 100 + (random() * 899)::int, 1000 + (random() * 8999)::int,
                          100 + (random() * 4900)::int, w.mun[1 + (random() * 10)::int])
       when 7 then format('El acreedor hipotecario otorga un crédito por la suma de $%s,000.00 con garantía del inmueble descrito, a un plazo de %s años, pagadero en mensualidades.',
                          300 + (random() * 4000)::int, 5 + (random() * 25)::int)
       when 8 then format('Doy fe de que conozco a los comparecientes, quienes se identifican con credencial para votar y manifiestan su conformidad, en presencia de %s %s, testigo.',
                          w.nom[1 + (random() * 15)::int], w.ape[1 + (random() * 17)::int])
       else case when random() < 0.002
                 then 'El predio colinda con la zona de protección del cenote Zací-Ha, sujeta a la norma ambiental vigente.'
                 else 'Leída que les fue la presente, la ratifican y firman de conformidad.' end
       end, ' ') as text
       from generate_series(1, 8 + (n % 15)::int) s
   ) t
), blob as (
  insert into document.blob (sha256, size_bytes, media_type, status, pages, text, stored_at, processed_at, attempts)
  select sha, octet_length(text), 'application/pdf',
         'PROCESSED', 1 + (n % 6)::int, text, now(), now(), 1
    from doc
  returning sha256
)
insert into document.document (sha256, filing_entry_number, file_name, uploaded_by, uploaded_at, filing_id)
select b.sha256, f.office || '-' || f.entry_year || '-' || lpad(f.entry_sequence::text, 6, '0'),
       'escritura-' || d.n || '.pdf', 'bench', f.received_at, f.id
  from doc d
  join blob b on b.sha256 = d.sha
  join filing.filing f on f.id = :first_filing + (d.n % :filings);
