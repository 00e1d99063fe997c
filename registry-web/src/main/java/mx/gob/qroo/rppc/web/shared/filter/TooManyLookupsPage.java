package mx.gob.qroo.rppc.web.shared.filter;

/** The page a citizen sees after too many lookups: what happened and how long to wait. */
final class TooManyLookupsPage {

  private TooManyLookupsPage() {}

  static String html(long seconds) {
    String wait = "Espere " + seconds + (seconds == 1 ? " segundo" : " segundos");
    return """
        <!DOCTYPE html>
        <html lang="es-MX">
        <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Demasiadas consultas · Registro Público de la Propiedad y del Comercio de Quintana Roo</title>
        <style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}\
        header,main{padding:1rem;max-width:40rem;margin:auto}h1{font-size:1.25rem}\
        a{color:#0b4f8a}</style>
        </head>
        <body>
        <header><h1>Registro Público de la Propiedad y del Comercio de Quintana Roo</h1></header>
        <main>
        <h2 id="demasiadas-consultas">Demasiadas consultas</h2>
        <p role="alert">Se hicieron demasiadas consultas desde su dirección en poco tiempo. \
        %s y vuelva a intentarlo.</p>
        <p><a href="/">Volver a la consulta de trámites</a></p>
        </main>
        </body>
        </html>
        """
        .formatted(wait);
  }
}
