#!/usr/bin/env bash
# Loads a realistic, living demo registry through the REST API, as the staff would:
#
#   bash config/demo/load-demo.sh http://localhost:8080 http://localhost:8180 .work/dev/efirma
#
# Opens 150 property folios (60 Cancún, 45 Playa del Carmen, 30 Chetumal, 15 Cozumel) and 10
# commercial folios (Cancún and Playa del Carmen), then receives about 320 filings on them and
# carries each one to a status: most inscribed (sales, mortgages and their cancellation, notices,
# attachments, certificates, powers, shareholders' meetings), and some suspended, denied,
# withdrawn, assigned, received or back in examination after a correction. Per folio the filings
# are resolved in reception order and a pending one is always the last of its folio, so the
# prelación rule never refuses an inscription.
#
# The data is deterministic (names, CURPs, addresses, amounts and outcomes derive from loop
# indices); entry numbers, folio numbers and tracking codes are issued by the server. Each run adds
# a new set of the same kinds of data. Needs bash, curl, openssl, sed, awk, grep and coreutils.
#
# Inscriptions that write entries are signed as a registrar signs them: the bytes the API gives
# (…/examination/to-be-signed) signed with registrador1's DEMO e.firma, the .cer and .key that
# ./registry writes to EFIRMA_DIR (password = user name), with openssl.
# Fails with a message at the first API call that answers an unexpected HTTP status.
#
# Environment: LOAD_DEMO_WORKERS (default 3) parallel loaders, each with its own folios.
set -euo pipefail

if (($# != 3)); then
  echo "usage: $0 BASE_URL KEYCLOAK_URL EFIRMA_DIR   (e.g. http://localhost:8080 http://localhost:8180 .work/dev/efirma)" >&2
  exit 2
fi
BASE_URL=${1%/}
KEYCLOAK_URL=${2%/}
EFIRMA_DIR=${3%/}
[[ -s $EFIRMA_DIR/registrador1.cer && -s $EFIRMA_DIR/registrador1.key ]] ||
  { echo "load-demo: no DEMO e.firma of registrador1 in $EFIRMA_DIR" >&2; exit 2; }
WORKERS=${LOAD_DEMO_WORKERS:-3}
[[ $WORKERS =~ ^[1-9][0-9]?$ ]] || { echo "load-demo: LOAD_DEMO_WORKERS must be 1-99" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/load-demo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
START=$SECONDS

# registrador1's DEMO key opened once, for this run only (its folder is removed on exit)
(umask 077 && openssl pkcs8 -inform DER -in "$EFIRMA_DIR/registrador1.key" -passin pass:registrador1 \
  -out "$WORK/registrador1.pem") || { echo "load-demo: the DEMO key of registrador1 did not open" >&2; exit 2; }
SIGNER_CERTIFICATE=$(base64 -w0 "$EFIRMA_DIR/registrador1.cer")

die() {
  echo "load-demo: ERROR: $*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Deterministic people, companies and places
# ---------------------------------------------------------------------------------------------

FEMALE=("María Fernanda" "Guadalupe" "Ana Sofía" "Carla" "Lucía" "Valeria" "Daniela" "Rosa Elena"
  "Patricia" "Verónica" "Adriana" "Gabriela" "Leticia" "Mariana" "Ximena" "Itzel" "Paola"
  "Claudia" "Silvia" "Andrea" "Yolanda" "Beatriz" "Karla" "Noemí")
MALE=("José Luis" "Juan Carlos" "Jorge" "Alberto" "Miguel Ángel" "Luis Fernando" "Ricardo"
  "Fernando" "Alejandro" "Eduardo" "Roberto" "Francisco" "Javier" "Manuel" "Héctor" "Raúl"
  "Sergio" "Arturo" "Diego" "Emilio" "Óscar" "Gilberto" "Rubén" "Ángel")
SURNAMES=(Gómez Pérez Hernández Ramírez Mena Canul Chan Pech May Poot Cauich Ek Dzul Martínez
  López González Rodríguez Sánchez Cruz Flores Rivera Torres Castillo Aguilar Vázquez Ortiz Medina
  Balam Uc Tun Herrera Morales Ávila Núñez Peña Cetina Euán)

# name|legal form|RFC (legal person: 3 letters, YYMMDD, homoclave)
COMPANIES=("Inmobiliaria Caribe Azul|S.A. de C.V.|ICA050312AB3"
  "Desarrollos Turísticos Riviera Maya|S.A. de C.V.|DTR081120KJ5"
  "Constructora Sac-Be|S. de R.L. de C.V.|CSA110704PL1"
  "Servicios Náuticos del Caribe|S.A. de C.V.|SNC990215H7A"
  "Comercializadora Península Maya|S.A. de C.V.|CPM150930QR8"
  "Hotelera Playa Mamitas|S.A.P.I. de C.V.|HPM170601TZ2"
  "Transportes Turísticos del Sureste|S.A. de C.V.|TTS030418MN4"
  "Restaurantera Quinta Avenida|S. de R.L. de C.V.|RQA120227BC9"
  "Grupo Inmobiliario Xaman-Ha|S.A. de C.V.|GIX190812DF6"
  "Arrendadora Cozumel Sur|S.A. de C.V.|ACS070523WX0")

# street|neighbourhood, per office; the number is derived from the folio index
STREETS_CUN=("Av. Tulum|SM 4" "Calle Margaritas|SM 22" "Av. Bonampak|SM 8" "Av. Nichupté|SM 19"
  "Blvd. Kukulcán km 9.5, Lote|Zona Hotelera" "Av. Kabah|SM 32" "Calle Jazmines|SM 25"
  "Av. Yaxchilán|SM 24" "Av. Huayacán|SM 313" "Calle Punta Nizuc|SM 20" "Av. Chac Mool|SM 505"
  "Av. Andrés Quintana Roo|SM 64" "Av. López Portillo|SM 59" "Calle Cedro|SM 23")
STREETS_PDC=("Calle 10 Norte|Col. Centro" "Av. Constituyentes|Col. Gonzalo Guerrero"
  "Av. 5a|Col. Centro" "Calle 38 Norte|Col. Zazil-Ha" "Av. Juárez|Col. Ejido"
  "Av. CTM|Fracc. Villas del Sol" "Calle Flamingos|Playacar Fase II" "Av. 30 Norte|Col. Ejidal"
  "Calle 115|Col. Luis Donaldo Colosio" "Calle 1 Sur|Col. Centro")
STREETS_CHE=("Av. Héroes|Col. Centro" "Av. Insurgentes|Col. Gonzalo Guerrero"
  "Calle Othón P. Blanco|Col. Barrio Bravo" "Blvd. Bahía|Col. Centro"
  "Av. Álvaro Obregón|Col. Centro" "Av. Maxuxac|Col. Proterritorio"
  "Calle Lázaro Cárdenas|Col. Plutarco Elías Calles" "Av. Erick Paolo Martínez|Col. Forjadores")
STREETS_COZ=("Av. Rafael E. Melgar|Col. Centro" "Calle 11 Sur|Col. Adolfo López Mateos"
  "Av. Pedro Joaquín Coldwell|Col. San Miguel" "Calle 3 Sur|Col. Centro"
  "Av. Juárez|Col. 10 de Abril" "Calle 15 Norte|Col. Flores Magón")
declare -A CITY=([CUN]="Cancún" [PDC]="Playa del Carmen" [CHE]="Chetumal" [COZ]="Cozumel")
declare -A MUNICIPALITY=([CUN]=23005 [PDC]=23008 [CHE]=23004 [COZ]=23001)
declare -A PRICE_M2=([CUN]=16500 [PDC]=19800 [CHE]=6200 [COZ]=14300)
declare -A COURT=([CUN]="Juzgado Segundo Civil de Primera Instancia de Cancún"
  [PDC]="Juzgado Primero Mercantil de Playa del Carmen"
  [CHE]="Juzgado Civil de Primera Instancia de Chetumal" [COZ]="Juzgado Mixto de Cozumel")
NOTARIES_CUN=("Notaría Pública 3 de Cancún" "Notaría Pública 27 de Cancún"
  "Notaría Pública 44 de Cancún")
NOTARIES_PDC=("Notaría Pública 12 de Playa del Carmen" "Notaría Pública 61 de Playa del Carmen")
NOTARIES_CHE=("Notaría Pública 1 de Chetumal" "Notaría Pública 9 de Chetumal")
NOTARIES_COZ=("Notaría Pública 5 de Cozumel")
LENDERS=("Banco del Caribe, S.A." "INFONAVIT" "Banco Peninsular, S.A." "FOVISSSTE"
  "Financiera Maya, S.A. de C.V., SOFOM E.R." "Banco del Sureste, S.A.")
SUSPENSIONS=("Falta el avalúo catastral vigente|10"
  "Falta el comprobante de pago del impuesto sobre adquisición de inmuebles|15"
  "La escritura no acompaña la constancia de no adeudo del impuesto predial|10"
  "La superficie de la escritura no coincide con la del antecedente registral|20"
  "Falta la firma del cónyuge del enajenante|5")
DENIALS=("El inmueble no coincide con el antecedente registral (principio de especialidad)"
  "El enajenante no es el titular registral del inmueble (tracto sucesivo)"
  "El testimonio carece de la firma y sello del notario autorizante"
  "El mandamiento judicial no se presentó en copia certificada")
MEETINGS=("Aumento de capital social en su parte variable" "Nombramiento de consejo de administración"
  "Reforma a los estatutos sociales: cambio de objeto social" "Aprobación de estados financieros 2025"
  "Transmisión de acciones entre socios")

# RENAPO check digit of a CURP, dictionary 0-9 A-N Ñ O-Z
declare -A CURP_INDEX=()
_dictionary="0123456789ABCDEFGHIJKLMN"
for ((k = 0; k < ${#_dictionary}; k++)); do CURP_INDEX[${_dictionary:k:1}]=$k; done
CURP_INDEX[Ñ]=24
_dictionary="OPQRSTUVWXYZ"
for ((k = 0; k < ${#_dictionary}; k++)); do CURP_INDEX[${_dictionary:k:1}]=$((25 + k)); done
INCONVENIENT=" BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA \
CULO FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO \
KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO \
PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA \
VUEI VUEY WUEI WUEY "

curp_check_digit() { # first 17 characters -> REPLY
  local s=$1 sum=0 i
  for ((i = 0; i < 17; i++)); do sum=$((sum + CURP_INDEX[${s:i:1}] * (18 - i))); done
  REPLY=$(((10 - sum % 10) % 10))
}

plain_upper() { # uppercase ASCII, accents removed, Ñ as X (as RENAPO writes it) -> REPLY
  local s=${1^^}
  s=${s//á/A} s=${s//é/E} s=${s//í/I} s=${s//ó/O} s=${s//ú/U} s=${s//ü/U} s=${s//ñ/X}
  s=${s//Á/A} s=${s//É/E} s=${s//Í/I} s=${s//Ó/O} s=${s//Ú/U} s=${s//Ü/U} s=${s//Ñ/X}
  REPLY=${s//[^A-Z ]/}
}

first_inner() { # first vowel (kind=v) or consonant (kind=c) after the first letter -> REPLY
  local word=$1 kind=$2 i c
  for ((i = 1; i < ${#word}; i++)); do
    c=${word:i:1}
    if [[ $kind == v && $c == [AEIOU] ]] || [[ $kind == c && $c == [B-DF-HJ-NP-TV-Z] ]]; then
      REPLY=$c
      return
    fi
  done
  REPLY=X
}

curp_of() { # given names, paternal, maternal, YYMMDD, H|M, birth year -> REPLY
  local given paternal maternal c1 c2 c3 c4 k14 k15 k16 head
  plain_upper "$1"; given=$REPLY
  plain_upper "$2"; paternal=$REPLY
  plain_upper "$3"; maternal=$REPLY
  # with compound given names, RENAPO skips a leading José or María
  if [[ $given == *" "* && ${given%% *} =~ ^(JOSE|J|MARIA|MA)$ ]]; then given=${given#* }; fi
  given=${given%% *}
  c1=${paternal:0:1}
  first_inner "$paternal" v; c2=$REPLY
  c3=${maternal:0:1}
  c4=${given:0:1}
  head=$c1$c2$c3$c4
  [[ $INCONVENIENT == *" $head "* ]] && head=$c1"X"$c3$c4
  first_inner "$paternal" c; k14=$REPLY
  first_inner "$maternal" c; k15=$REPLY
  first_inner "$given" c; k16=$REPLY
  local homonymy=0
  ((10#$6 >= 2000)) && homonymy=A
  local first17="$head$4$5QR$k14$k15$k16$homonymy"
  curp_check_digit "$first17"
  REPLY=$first17$REPLY
}

person() { # person number -> P_NAME, P_CURP (deterministic, born 1952-2003)
  local k=$1 given paternal maternal sex year month day yymmdd
  if ((k % 2 == 0)); then
    sex=M given=${FEMALE[(k * 7 + k / 24) % ${#FEMALE[@]}]}
  else
    sex=H given=${MALE[(k * 5 + k / 24) % ${#MALE[@]}]}
  fi
  paternal=${SURNAMES[(k * 11 + 3) % ${#SURNAMES[@]}]}
  maternal=${SURNAMES[(k * 17 + 8 + k / 37) % ${#SURNAMES[@]}]}
  [[ $maternal == "$paternal" ]] && maternal=${SURNAMES[(k * 17 + 9) % ${#SURNAMES[@]}]}
  year=$((1952 + (k * 13) % 52)) month=$((1 + (k * 7) % 12)) day=$((1 + (k * 19) % 28))
  printf -v yymmdd '%02d%02d%02d' $((year % 100)) "$month" "$day"
  curp_of "$given" "$paternal" "$maternal" "$yymmdd" "$sex" "$year"
  P_NAME="$given $paternal $maternal"
  P_CURP=$REPLY
}

NEXT_PERSON=0
holders_json() { # how many (1-3) or "company N", share split -> REPLY (JSON array)
  local spec=$1 shares=$2 out="" i n name form rfc s
  if [[ $spec == company* ]]; then
    IFS='|' read -r name form rfc <<<"${COMPANIES[${spec#company } % ${#COMPANIES[@]}]}"
    REPLY="[{\"name\":\"$name, $form\",\"rfc\":\"$rfc\",\"share\":100}]"
    return
  fi
  read -r -a s <<<"$shares"
  n=$spec
  for ((i = 0; i < n; i++)); do
    person "$NEXT_PERSON"
    NEXT_PERSON=$((NEXT_PERSON + 1))
    out+="${out:+,}{\"name\":\"$P_NAME\",\"curp\":\"$P_CURP\",\"share\":${s[i]}}"
  done
  REPLY="[$out]"
}

day_offset() { # days from today (negative: past) -> REPLY as YYYY-MM-DD
  printf -v REPLY '%(%Y-%m-%d)T' $((TODAY_EPOCH + $1 * 86400))
}
printf -v TODAY_EPOCH '%(%s)T' -1

# ---------------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------------

declare -A TOKEN=() TOKEN_AT=()
bearer() { # user -> REPLY, a token no older than 100 s (they live 300 s)
  local user=$1 response
  if [[ -z ${TOKEN[$user]:-} ]] || ((SECONDS - TOKEN_AT[$user] > 100)); then
    response=$(curl -sS --max-time 20 -d grant_type=password -d client_id=registry-cli \
      -d "username=$user" -d "password=$user" \
      "$KEYCLOAK_URL/realms/rppc/protocol/openid-connect/token") ||
      die "no token for $user from $KEYCLOAK_URL (is Keycloak running?)"
    [[ $response =~ \"access_token\":\"([^\"]+)\" ]] ||
      die "no access_token for $user in Keycloak's answer: ${response:0:300}"
    TOKEN[$user]=${BASH_REMATCH[1]}
    TOKEN_AT[$user]=$SECONDS
  fi
  REPLY=${TOKEN[$user]}
}

API_CALLS=0
api() { # user, method, path, expected HTTP status, [JSON body] -> BODY
  local user=$1 method=$2 path=$3 expected=$4 data=${5-} code
  bearer "$user"
  local args=(-sS --max-time 60 -o "$BODY_FILE" -w '%{http_code}' -X "$method"
    -H 'Accept: application/json' -H "Authorization: Bearer $REPLY")
  if [[ -n $data ]]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$data")
  else
    args+=(-H 'Content-Length: 0')
  fi
  : >"$BODY_FILE"
  code=$(curl "${args[@]}" "$BASE_URL$path") || die "$method $BASE_URL$path failed (curl error)"
  API_CALLS=$((API_CALLS + 1))
  BODY=""
  IFS= read -r -d '' BODY <"$BODY_FILE" || true
  if [[ $code != "$expected" ]]; then
    die "$method $path as $user: expected HTTP $expected, got $code
  request:  ${data:-(no body)}
  response: ${BODY:0:2000}"
  fi
}

field() { # JSON string field of BODY -> REPLY
  [[ $BODY =~ \"$1\":\"([^\"]*)\" ]] || die "no \"$1\" in response: ${BODY:0:500}"
  REPLY=${BASH_REMATCH[1]}
}

inscription() { # entry number -> REPLY, the INSCRIBE decision signed by registrador1 (if needed)
  local value
  api registrador1 GET "/api/filings/$1/examination/to-be-signed" 200
  field toBeSigned
  if [[ -z $REPLY ]]; then # a certificate writes no entry: nothing to sign
    REPLY='{"decision":"INSCRIBE"}'
    return
  fi
  value=$(printf '%s' "$REPLY" | base64 -d | openssl dgst -sha256 -sign "$WORK/registrador1.pem" | base64 -w0) ||
    die "signing the inscription of $1 failed"
  REPLY="{\"decision\":\"INSCRIBE\",\"signature\":{\"certificate\":\"$SIGNER_CERTIFICATE\",\"value\":\"$value\"}}"
}

# ---------------------------------------------------------------------------------------------
# Scenarios: per folio, the filings in reception order as PROCEDURE:OUTCOME. Outcomes:
#   I inscribed, D denied, S suspended, E suspended then corrected (back in examination),
#   X suspended then withdrawn, W withdrawn at the counter, A assigned, R received.
# Pending outcomes (S E A R) only come last, so no inscription waits on an earlier filing.
# ---------------------------------------------------------------------------------------------

PROPERTY_SCENARIOS=(
  "COMPRAVENTA:I HIPOTECA:I"
  "COMPRAVENTA:I HIPOTECA:I CANCELACION_HIPOTECA:I"
  "CERTIFICADO_LIBERTAD_GRAVAMEN:I COMPRAVENTA:R"
  "COMPRAVENTA:I HIPOTECA:S"
  "COMPRAVENTA:D COMPRAVENTA:I"
  "AVISO_PREVENTIVO:I COMPRAVENTA:I"
  "DONACION:I"
  "COMPRAVENTA:W COMPRAVENTA:A"
  "EMBARGO:I ADJUDICACION:I"
  "HIPOTECA:I COMPRAVENTA:A"
  "COMPRAVENTA:I EMBARGO:D"
  "COMPRAVENTA:X COMPRAVENTA:I HIPOTECA:E"
  "CERTIFICADO_LIBERTAD_GRAVAMEN:I COMPRAVENTA:I"
  "DONACION:S"
  "COMPRAVENTA:I HIPOTECA:W CERTIFICADO_LIBERTAD_GRAVAMEN:R"
)
COMMERCE_SCENARIOS=(
  "OTORGAMIENTO_PODER:I ASAMBLEA_ACCIONISTAS:I"
  "ASAMBLEA_ACCIONISTAS:I OTORGAMIENTO_PODER:R"
  "OTORGAMIENTO_PODER:I ASAMBLEA_ACCIONISTAS:A"
  "ASAMBLEA_ACCIONISTAS:S"
  "OTORGAMIENTO_PODER:D OTORGAMIENTO_PODER:I"
)

# Folio plan: g is the folio's global index. 0-59 CUN, 60-104 PDC, 105-134 CHE, 135-149 COZ
# (property); 150-159 commercial, the first five in CUN and the rest in PDC.
PROPERTY_FOLIOS=150
ALL_FOLIOS=160
office_of() {
  local g=$1
  if ((g < 60)); then REPLY=CUN
  elif ((g < 105)); then REPLY=PDC
  elif ((g < 135)); then REPLY=CHE
  elif ((g < 150)); then REPLY=COZ
  elif ((g < 155)); then REPLY=CUN
  else REPLY=PDC
  fi
}

notary_of() { # office, variety -> REPLY
  local -n list="NOTARIES_$1"
  REPLY=${list[$2 % ${#list[@]}]}
}

record() { # status, entry number, tracking code, procedure, folio
  echo "$1|$2|$3|$4|$5" >>"$RESULTS"
}

open_property_folio() { # g -> FOLIO
  local g=$1 office street colony number area cents cadastral owners k
  office_of "$g"; office=$REPLY
  local -n streets="STREETS_$office"
  IFS='|' read -r street colony <<<"${streets[(g * 5) % ${#streets[@]}]}"
  number=$((10 + (g * 37) % 890))
  area=$((90 + (g * 137) % 1111))
  printf -v cents "%02d" $(((g * 25) % 100))
  if [[ $office == CUN ]]; then
    # a lot of the sample layout of supermanzana 23 (gis-data/sample: 20 blocks of 16 lots)
    k=$(((g * 37) % 320))
    printf -v cadastral '23005-023-%04d-%03d' $((1 + k / 16)) $((1 + k % 16))
  elif [[ $office == PDC ]]; then
    # a lot of the sample layout of sector 101 of Playa del Carmen (12 blocks of 12 lots)
    k=$(((g * 37) % 144))
    printf -v cadastral '23008-101-%04d-%03d' $((1 + k / 12)) $((1 + k % 12))
  else
    printf -v cadastral '%s-%03d-%04d-%03d' "${MUNICIPALITY[$office]}" $((1 + (g * 7) % 48)) \
      $((1 + (g * 53) % 2400)) $((g % 6 == 5 ? 1 + g % 4 : 0))
  fi
  if ((g % 10 == 9)); then
    holders_json "company $((g / 10))" ""
  elif ((g % 4 == 1)); then
    holders_json 2 "50 50"
  else
    holders_json 1 "100"
  fi
  owners=$REPLY
  api registrador1 POST /api/folios 201 "{\"office\":\"$office\",\"municipality\":\"${MUNICIPALITY[$office]}\",\
\"cadastralKey\":\"$cadastral\",\"address\":\"$street $number, $colony, ${CITY[$office]}\",\
\"areaM2\":$area.$cents,\"holders\":$owners}"
  field folioNumber; FOLIO=$REPLY
  FOLIO_AREA=$area
  echo "FOLIO|$FOLIO|PROPERTY|$office" >>"$RESULTS"
}

open_commercial_folio() { # g -> FOLIO
  local g=$1 c=$(($1 - 150)) office name form rfc street colony
  office_of "$g"; office=$REPLY
  IFS='|' read -r name form rfc <<<"${COMPANIES[c]}"
  local -n streets="STREETS_$office"
  IFS='|' read -r street colony <<<"${streets[(c * 3 + 1) % ${#streets[@]}]}"
  case $((c % 3)) in
    0) holders_json 2 "60 40" ;;
    1) holders_json 3 "50 30 20" ;;
    2) holders_json 3 "34 33 33" ;;
  esac
  api registrador1 POST /api/folios 201 "{\"kind\":\"COMMERCE\",\"office\":\"$office\",\
\"companyName\":\"$name\",\"legalForm\":\"$form\",\"rfc\":\"$rfc\",\
\"domicile\":\"$street $((100 + c * 41)), $colony, ${CITY[$office]}\",\"holders\":$REPLY}"
  field folioNumber; FOLIO=$REPLY
  echo "FOLIO|$FOLIO|COMMERCE|$office" >>"$RESULTS"
}

# one filing: receive it and carry it to its outcome
file() { # g, step, office, folio, procedure, outcome
  local g=$1 step=$2 office=$3 folio=$4 type=$5 outcome=$6
  local v=$((g * 3 + step)) act="" deed notary date value amount extra="" entry tracking
  notary_of "$office" "$v"; notary=$REPLY
  day_offset $((-3 - (g * 7 + step * 11) % 80)); date=$REPLY
  deed="{\"number\":\"$((10400 + g * 17 + step * 5))\",\"notary\":\"$notary\",\"date\":\"$date\"}"
  value=$(((FOLIO_AREA * PRICE_M2[$office] / 1000 + (g % 7) * 35) * 1000))
  case $type in
    COMPRAVENTA | DONACION | ADJUDICACION)
      if ((v % 6 == 2)); then holders_json 2 "50 50"; else holders_json 1 "100"; fi
      [[ $type == DONACION ]] && value=$((value * 8 / 10))
      [[ $type == ADJUDICACION ]] && value=$((value * 7 / 10))
      # the deed a preventive notice announced keeps that notice's priority
      [[ -n $NOTICE_DEED && $type == COMPRAVENTA ]] && deed=$NOTICE_DEED && NOTICE_DEED=""
      act="{\"holders\":$REPLY,\"value\":$value.00,\"deed\":$deed}"
      ;;
    HIPOTECA)
      amount=$((value * (55 + (g % 4) * 10) / 100))
      act="{\"amount\":$amount.00,\"beneficiaryName\":\"${LENDERS[v % ${#LENDERS[@]}]}\",\"deed\":$deed}"
      ;;
    CANCELACION_HIPOTECA)
      act="{\"refersToEntry\":$MORTGAGE_SEQ,\"deed\":$deed}"
      ;;
    EMBARGO)
      act="{\"beneficiaryName\":\"${COURT[$office]}\",\"amount\":$((value / 4)).00}"
      ;;
    AVISO_PREVENTIVO)
      day_offset $((30 + g % 60))
      act="{\"expiresOn\":\"$REPLY\",\"deed\":$deed}"
      NOTICE_DEED=$deed
      ;;
    CERTIFICADO_LIBERTAD_GRAVAMEN) ;;
    OTORGAMIENTO_PODER)
      person $((5000 + v))
      act="{\"beneficiaryName\":\"Lic. $P_NAME\",\"deed\":$deed}"
      extra=",\"pages\":$((4 + v % 9))"
      ;;
    ASAMBLEA_ACCIONISTAS)
      act="{\"description\":\"${MEETINGS[v % ${#MEETINGS[@]}]}\",\"deed\":$deed}"
      extra=",\"pages\":$((6 + v % 15))"
      ;;
    *) die "unknown procedure $type in a scenario" ;;
  esac
  person $((3000 + v))
  api capturista1 POST /api/filings 201 "{\"office\":\"$office\",\"procedureType\":\"$type\",\
\"applicant\":{\"name\":\"$P_NAME\",\"curp\":\"$P_CURP\"},\"folios\":[\"$folio\"]${act:+,\"act\":$act}$extra}"
  field entryNumber; entry=$REPLY
  field trackingCode; tracking=$REPLY

  local grounds days
  case $outcome in
    R) record RECEIVED "$entry" "$tracking" "$type" "$folio"; return ;;
    W)
      api capturista1 POST "/api/filings/$entry/withdrawal" 200 \
        '{"reason":"Desistimiento del interesado en ventanilla"}'
      record WITHDRAWN "$entry" "$tracking" "$type" "$folio"; return ;;
  esac
  api registrador1 POST "/api/filings/$entry/assignment" 200
  case $outcome in
    A) record ASSIGNED "$entry" "$tracking" "$type" "$folio" ;;
    I)
      inscription "$entry"
      api registrador1 POST "/api/filings/$entry/examination" 200 "$REPLY"
      [[ $BODY == *'"status":"INSCRIBED"'* ]] || die "$entry not inscribed: ${BODY:0:500}"
      [[ $type != CERTIFICADO_LIBERTAD_GRAVAMEN ]] && FOLIO_SEQ=$((FOLIO_SEQ + 1))
      [[ $type == HIPOTECA ]] && MORTGAGE_SEQ=$FOLIO_SEQ
      record INSCRIBED "$entry" "$tracking" "$type" "$folio"
      ;;
    D)
      grounds=${DENIALS[v % ${#DENIALS[@]}]}
      [[ $type == EMBARGO ]] && grounds=${DENIALS[3]}
      api registrador1 POST "/api/filings/$entry/examination" 200 \
        "{\"decision\":\"DENY\",\"grounds\":\"$grounds\"}"
      [[ $BODY == *'"status":"DENIED"'* ]] || die "$entry not denied: ${BODY:0:500}"
      record DENIED "$entry" "$tracking" "$type" "$folio"
      ;;
    S | E | X)
      IFS='|' read -r grounds days <<<"${SUSPENSIONS[v % ${#SUSPENSIONS[@]}]}"
      api registrador1 POST "/api/filings/$entry/examination" 200 \
        "{\"decision\":\"SUSPEND\",\"grounds\":\"$grounds\",\"correctionTermDays\":$days}"
      [[ $BODY == *'"status":"SUSPENDED"'* ]] || die "$entry not suspended: ${BODY:0:500}"
      if [[ $outcome == S ]]; then
        record SUSPENDED "$entry" "$tracking" "$type" "$folio"
      elif [[ $outcome == E ]]; then
        api capturista1 POST "/api/filings/$entry/correction" 200 \
          '{"note":"El interesado exhibe el documento requerido"}'
        [[ $BODY == *'"status":"IN_EXAMINATION"'* ]] || die "$entry not corrected: ${BODY:0:500}"
        record IN_EXAMINATION "$entry" "$tracking" "$type" "$folio"
      else
        api capturista1 POST "/api/filings/$entry/withdrawal" 200 \
          '{"reason":"El interesado se desiste en lugar de subsanar"}'
        record WITHDRAWN "$entry" "$tracking" "$type" "$folio"
      fi
      ;;
    *) die "unknown outcome $outcome" ;;
  esac
}

load_worker() { # worker number: loads the folios g with g % WORKERS == worker
  local w=$1 g office scenario steps step item
  RESULTS="$WORK/results.$w"
  BODY_FILE="$WORK/body.$w"
  : >"$RESULTS"
  for ((g = w; g < ALL_FOLIOS; g += WORKERS)); do
    NEXT_PERSON=$((g * 7))
    NOTICE_DEED="" FOLIO_SEQ=1 MORTGAGE_SEQ=0
    office_of "$g"; office=$REPLY
    if ((g < PROPERTY_FOLIOS)); then
      open_property_folio "$g"
      scenario=${PROPERTY_SCENARIOS[g % ${#PROPERTY_SCENARIOS[@]}]}
    else
      FOLIO_AREA=0
      open_commercial_folio "$g"
      scenario=${COMMERCE_SCENARIOS[(g - PROPERTY_FOLIOS) % ${#COMMERCE_SCENARIOS[@]}]}
    fi
    read -r -a steps <<<"$scenario"
    for ((step = 0; step < ${#steps[@]}; step++)); do
      item=${steps[step]}
      file "$g" "$step" "$office" "$FOLIO" "${item%%:*}" "${item##*:}"
    done
  done
  echo "API_CALLS|$API_CALLS" >>"$RESULTS"
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$BASE_URL/api/health") ||
  die "the registry does not answer at $BASE_URL"
[[ $code == 200 ]] || die "GET $BASE_URL/api/health answered HTTP $code"
bearer capturista1 >/dev/null
bearer registrador1 >/dev/null

echo "Loading the demo registry through $BASE_URL/api with $WORKERS parallel loaders..."
pids=()
for ((w = 0; w < WORKERS; w++)); do
  load_worker "$w" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do
  if ((failed)); then
    wait "$pid" 2>/dev/null || true
  elif ! wait "$pid"; then
    failed=1
    # stop the other loaders this script started, by their process ids
    for other in "${pids[@]}"; do kill "$other" 2>/dev/null || true; done
  fi
done
((failed == 0)) || die "loading stopped; the registry keeps what was loaded up to the failure"

cat "$WORK"/results.* >"$WORK/all"
folios() { grep -c "^FOLIO|[^|]*|$1|" "$WORK/all" || true; }
filings() { grep -c "^$1|" "$WORK/all" || true; }
first_code() { awk -F'|' -v s="$1" -v t="$2" '$1 == s && $4 == t { print $3; exit }' "$WORK/all"; }
calls=$(awk -F'|' '$1 == "API_CALLS" { n += $2 } END { print n + 0 }' "$WORK/all")
total=$(grep -c -v -e '^FOLIO|' -e '^API_CALLS|' "$WORK/all" || true)

echo
echo "Demo registry loaded in $((SECONDS - START)) s ($calls API calls)."
echo "Folios: $(folios PROPERTY) property ($(grep -c '^FOLIO|.*|PROPERTY|CUN$' "$WORK/all" || true) CUN," \
  "$(grep -c '^FOLIO|.*|PROPERTY|PDC$' "$WORK/all" || true) PDC," \
  "$(grep -c '^FOLIO|.*|PROPERTY|CHE$' "$WORK/all" || true) CHE," \
  "$(grep -c '^FOLIO|.*|PROPERTY|COZ$' "$WORK/all" || true) COZ), $(folios COMMERCE) commercial"
echo "Filings: $total"
for status in INSCRIBED SUSPENDED DENIED WITHDRAWN ASSIGNED RECEIVED IN_EXAMINATION; do
  printf '  %-15s %4d\n' "$status" "$(filings "$status")"
done
echo
echo "Tracking codes a citizen can try: $BASE_URL/?codigo=CODE (or GET $BASE_URL/api/public/filings/CODE)"
printf '  %s  a sale, inscribed\n' "$(first_code INSCRIBED COMPRAVENTA)"
printf '  %s  a mortgage, suspended: requires a correction\n' "$(first_code SUSPENDED HIPOTECA)"
printf '  %s  a sale, received and waiting for a registrar\n' "$(first_code RECEIVED COMPRAVENTA)"
