// Signs an inscription with the registrar's e.firma in the browser: node-forge opens the
// password-protected PKCS#8 key (.key), Web Crypto signs the page's bytes with it (RSA PKCS#1 v1.5,
// SHA-256). Only the certificate and the signature value are posted; the key and its password
// never leave the page.
(function () {
  'use strict';
  const form = document.getElementById('calificar');
  const toSign = document.getElementById('por-firmar');
  const button = document.getElementById('calificar:calificar-boton');
  if (!form || !toSign || !button) {
    return;
  }
  const cer = document.getElementById('efirma-cer');
  const key = document.getElementById('efirma-key');
  const password = document.getElementById('efirma-clave');
  const notice = document.getElementById('efirma-aviso');
  const certificateField = document.getElementById('calificar:firma-certificado');
  const valueField = document.getElementById('calificar:firma-valor');
  let signed = false;

  button.addEventListener('click', async function (event) {
    if (signed || !inscribing()) {
      return;
    }
    event.preventDefault();
    notice.textContent = '';
    button.disabled = true;
    try {
      const certificate = await bytesOf(cer, 'el certificado (.cer)');
      const encrypted = await bytesOf(key, 'la llave privada (.key)');
      const pkcs8 = openKey(encrypted, password.value);
      const signingKey = await crypto.subtle.importKey(
        'pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
      const value = await crypto.subtle.sign(
        'RSASSA-PKCS1-v1_5', signingKey, fromBase64(toSign.value));
      certificateField.value = toBase64(certificate);
      valueField.value = toBase64(new Uint8Array(value));
      password.value = '';
      signed = true;
      button.disabled = false;
      button.click();
    } catch (problem) {
      button.disabled = false;
      notice.textContent = problem instanceof SigningProblem
        ? problem.message
        : 'No se pudo firmar en este navegador: ' + problem.message;
    }
  });

  function SigningProblem(message) {
    this.message = message;
  }

  function inscribing() {
    const chosen = form.querySelector('input[name="calificar:decision"]:checked');
    return chosen !== null && chosen.value === 'INSCRIBE';
  }

  async function bytesOf(input, what) {
    if (input.files.length === 0) {
      throw new SigningProblem('Para inscribir, seleccione ' + what + ' de su e.firma.');
    }
    return new Uint8Array(await input.files[0].arrayBuffer());
  }

  // the encrypted PKCS#8 key (DER) opened with its password: the PrivateKeyInfo DER
  function openKey(encrypted, secret) {
    let der;
    try {
      der = forge.asn1.fromDer(forge.util.binary.raw.encode(encrypted));
    } catch (e) {
      throw new SigningProblem('El archivo .key no es una llave privada de e.firma.');
    }
    let info = null;
    try {
      info = forge.pki.decryptPrivateKeyInfo(der, forge.util.encodeUtf8(secret));
    } catch (e) {
      info = null;
    }
    if (info === null) {
      throw new SigningProblem('La contraseña de la llave privada no es correcta.');
    }
    return forge.util.binary.raw.decode(forge.asn1.toDer(info).getBytes());
  }

  function fromBase64(text) {
    return forge.util.binary.raw.decode(forge.util.decode64(text));
  }

  function toBase64(bytes) {
    return forge.util.encode64(forge.util.binary.raw.encode(bytes));
  }
})();
