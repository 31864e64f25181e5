package mx.buzon.core.acuse.internal;

/**
 * The legal texts of the acuses. Where a seed document gives the text it is transcribed from it (the source is
 * named on each constant); obvious OCR errors of the IMSS guides are corrected only in acuerdo numbers that another
 * source spells clearly. Texts the IMSS guides do not give are marked "not from the IMSS guides".
 */
public final class TextosLegales {

    private TextosLegales() {
    }

    private static final String CONFIDENCIALIDAD_MEDIOS = "El particular se encuentra obligado a guardar absoluta y "
            + "estricta confidencialidad de la información que conoce con motivo del uso del Buzón IMSS, asimismo "
            + "sobre las responsabilidades civiles y penales a las que se hará acreedor al quebrantar la citada "
            + "reserva, así como al modificar, copiar, utilizar o sustraer información que sea en perjuicio de la "
            + "autoridad.";

    /** Guía de Activación (medios de contacto), "Acuse de registro o actualización de mecanismos de comunicación". */
    public static final String REGISTRO_MEDIOS = "De conformidad con los \"Lineamientos generales para el uso del "
            + "Buzón IMSS\" aprobados por el Consejo Técnico del Instituto Mexicano del Seguro Social mediante "
            + "Acuerdo ACDO.AS2.HCT.240620/170.P.DIR modificados mediante Acuerdo ACDO.AS2.HCT.270422/106.P.DIR, así "
            + "como los numerales 4.3, 6.1 y 6.2 de las \"Reglas de Carácter General para el uso de la Firma "
            + "Electrónica Avanzada, cuyo certificado digital sea emitido por el Servicio de Administración "
            + "Tributaria, en los actos que se realicen ante el Instituto Mexicano del Seguro Social\" aprobadas por "
            + "el referido Órgano Superior mediante Acuerdo ACDO.SA2.HCT.280813/234.P.DIR, publicados "
            + "respectivamente, en el Diario Oficial de la Federación el 9 de julio de 2020, 22 de septiembre de "
            + "2022 y 14 de noviembre de 2013, se hace constar que se ha registrado o actualizado el mecanismo de "
            + "comunicación por el particular, conforme a la siguiente información:\n\n" + CONFIDENCIALIDAD_MEDIOS;

    /** Guía de Activación, "Acuse de validación de mecanismos de comunicación". */
    public static final String VALIDACION_MEDIOS = "De conformidad con los \"Lineamientos generales para el uso del "
            + "Buzón IMSS\", aprobados por el Consejo Técnico del Instituto Mexicano del Seguro Social mediante "
            + "Acuerdo ACDO.AS2.HCT.240620/170.P.DIR modificados mediante Acuerdo ACDO.AS2.HCT.270422/106.P.DIR, así "
            + "como los numerales 4.3, 6.1 y 6.2 de las \"Reglas de Carácter General para el uso de la Firma "
            + "Electrónica Avanzada, cuyo certificado digital sea emitido por el Servicio de Administración "
            + "Tributaria, en los actos que se realicen ante el Instituto Mexicano del Seguro Social\" aprobadas por "
            + "el referido Órgano Superior mediante Acuerdo ACDO.SA2.HCT.280813/234.P.DIR, publicados "
            + "respectivamente, en el Diario Oficial de la Federación el 9 de julio de 2020, 22 de septiembre de "
            + "2022 y 14 de noviembre de 2013, se hace constar que se ha validado el registro o actualización de "
            + "mecanismo de comunicación de acuerdo a la siguiente información:\n\n" + CONFIDENCIALIDAD_MEDIOS;

    /** Guía de Activación, "Solicitud y manifestación del solicitante" (the text signed to activate the Buzón). */
    public static final String SOLICITUD_Y_MANIFESTACION = "De conformidad con los artículos 40 y 286 M, de la Ley "
            + "del Seguro Social, solicito al Instituto Mexicano del Seguro Social y manifiesto mi conformidad para "
            + "que éste efectúe a través del Buzón IMSS, las notificaciones, emplazamientos, requerimientos o "
            + "solicitudes de información o documentación, lleve a cabo la notificación de resoluciones, cédulas de "
            + "liquidación y actos incluyendo aquellos que puedan ser recurridos, así como, la transmisión "
            + "electrónica de documentos digitales emitidos por el IMSS a través de dicho sistema de comunicación "
            + "electrónico.\n\n"
            + "También, pido que la presente solicitud y manifestación de conformidad sean aplicables para todos mis "
            + "registros patronales que se encuentren registrados o que se registren con posterioridad ante ese "
            + "Instituto vinculados con mi RFC, con independencia del domicilio del centro de trabajo o fiscal y "
            + "respecto de cada actuación, promoción o solicitud que realice a través del Buzón IMSS.\n\n"
            + "Al firmar esta solicitud, declaro que, me encuentro obligado a guardar absoluta y estricta "
            + "confidencialidad de la información que conozca con motivo del uso del Buzón IMSS y que soy sabedor "
            + "de las responsabilidades civiles y penales a las que me haré acreedor al quebrantar la citada "
            + "reserva, así como al modificar, copiar, utilizar o sustraer la información que vaya en perjuicio de "
            + "la autoridad.\n\n"
            + "Declaro que he leído y conozco los términos y condiciones así como las \"Reglas de Carácter General "
            + "para el uso de la Firma Electrónica Avanzada, cuyo certificado digital sea emitido por el Servicio "
            + "de Administración Tributaria, en los actos que se realicen ante el Instituto Mexicano del Seguro "
            + "Social\", y voluntariamente acepto los alcances legales de los mismos, mediante la firma electrónica "
            + "FIEL o e.firma.";

    private static final String ARTICULOS_32D = "de conformidad con lo dispuesto en los artículos 5, 9, segundo "
            + "párrafo, 251, fracciones IV y XXXVII, 270, 271, 286 L, 286 M y 286 N, de la Ley del Seguro Social; "
            + "17-D, tercer párrafo, 17-E, 17-I y 32-D, décimo párrafo, del Código Fiscal de la Federación, de "
            + "aplicación supletoria en términos de los artículos 9, segundo párrafo y 271 de la Ley del Seguro "
            + "Social, así como, la Regla Séptima de las \"Reglas de carácter general para la obtención de la "
            + "opinión del cumplimiento de obligaciones fiscales en materia de seguridad social\", aprobadas "
            + "mediante Acuerdo ACDO.AS2.HCT.270422/107.P.DIR.";

    /** Guía 32-D, "Acuse de autorización para hacer pública la opinión del cumplimiento". */
    public static final String AUTORIZACION_OPINION_PUBLICA = "En términos de lo establecido en los numerales 6.1, "
            + "6.2 y 6.3 de las \"Reglas de carácter general para el uso de la Firma Electrónica Avanzada, cuyo "
            + "certificado digital sea emitido por el Servicio de Administración Tributaria, en los actos que se "
            + "realicen ante el Instituto Mexicano del Seguro Social\", aprobadas mediante Acuerdo "
            + "ACDO.SA2.HCT.280813/234.P.DIR, 4.4 y 6.1 de los \"Lineamientos generales para el uso del Buzón "
            + "IMSS\", aprobados mediante Acuerdo ACDO.AS2.HCT.240620/170.P.DIR y Acuerdo "
            + "ACDO.AS2.HCT.270422/106.P.DIR, por el que se autoriza la modificación a los \"Lineamientos generales "
            + "para el uso del Buzón IMSS\", así como la Regla Séptima, primer párrafo, numeral V, de las \"Reglas "
            + "de carácter general para la obtención de la opinión del cumplimiento de obligaciones fiscales en "
            + "materia de seguridad social\", aprobadas mediante Acuerdo ACDO.AS2.HCT.270422/107.P.DIR, dictados "
            + "por el Consejo Técnico del Instituto Mexicano del Seguro Social y publicados en el Diario Oficial de "
            + "la Federación, respectivamente, el 14 de noviembre de 2013, 9 de julio de 2020 y 16 de agosto de "
            + "2022, se hace constar que con esta fecha se llevó a cabo el registro y proceso exitoso de su "
            + "autorización al Instituto Mexicano del Seguro Social, para hacer pública su opinión del "
            + "cumplimiento de obligaciones fiscales en materia de seguridad social.\n\n"
            + "La presente autorización se otorga ante el Instituto Mexicano del Seguro Social (IMSS), a través del "
            + "Buzón IMSS y se ratifica mediante el uso de la Firma Electrónica Avanzada (e.firma) del Particular, "
            + "para efectos de que el IMSS haga pública su opinión del cumplimiento de obligaciones fiscales en "
            + "materia de seguridad social, a través de la página electrónica del Instituto: www.imss.gob.mx, "
            + ARTICULOS_32D;

    /**
     * Guía 32-D, "Acuse de cancelación de la autorización para hacer pública la opinión del cumplimiento"; the
     * seed's OCR garbles the list of articles, which is taken from the authorization acuse of the same seed.
     */
    public static final String CANCELACION_OPINION_PUBLICA = "En términos de lo establecido en los numerales 5.1, "
            + "5.2 y 5.3 de las \"Reglas de carácter general para el uso de la Firma Electrónica Avanzada, cuyo "
            + "certificado digital sea emitido por el Servicio de Administración Tributaria, en los actos que se "
            + "realicen ante el Instituto Mexicano del Seguro Social\", aprobadas mediante Acuerdo "
            + "ACDO.SA2.HCT.280813/234.P.DIR, 4.4 y 6.1 de los \"Lineamientos generales para el uso del Buzón "
            + "IMSS\", aprobados mediante Acuerdo ACDO.AS2.HCT.240620/170.P.DIR y Acuerdo "
            + "ACDO.AS2.HCT.270422/106.P.DIR, por el que se autoriza la modificación a los \"Lineamientos generales "
            + "para el uso del Buzón IMSS\", así como la Regla Séptima, cuarto párrafo, numeral V, de las \"Reglas "
            + "de carácter general para la obtención de la opinión del cumplimiento de obligaciones fiscales en "
            + "materia de seguridad social\", aprobadas mediante Acuerdo ACDO.AS2.HCT.270422/107.P.DIR, dictados "
            + "por el Consejo Técnico del Instituto Mexicano del Seguro Social y publicados en el Diario Oficial de "
            + "la Federación, respectivamente, el 14 de noviembre de 2013, 9 de julio de 2020 y 16 de agosto de "
            + "2022, se hace constar que con esta fecha se llevó a cabo el registro y proceso exitoso de la "
            + "cancelación de su autorización al Instituto Mexicano del Seguro Social, para hacer pública su "
            + "opinión del cumplimiento de obligaciones fiscales en materia de seguridad social.\n\n"
            + "La presente cancelación de autorización se otorga ante el Instituto Mexicano del Seguro Social "
            + "(IMSS), a través del Buzón IMSS y se ratifica mediante el uso de la Firma Electrónica Avanzada "
            + "(e.firma) del Particular, para efectos de que el IMSS deje de hacer pública su opinión del "
            + "cumplimiento de obligaciones fiscales en materia de seguridad social, a través de la página "
            + "electrónica del Instituto: www.imss.gob.mx, " + ARTICULOS_32D;

    /** Not from the IMSS guides: a neutral text modelled on the opinión pública acuse of the Guía 32-D. */
    public static final String AUTORIZACION_TERCERO = "Se hace constar que con esta fecha se llevó a cabo el "
            + "registro y proceso exitoso de su autorización, ratificada mediante el uso de la Firma Electrónica "
            + "Avanzada (e.firma) del Particular, para que el tercero identificado en este acuse consulte a través "
            + "del Buzón IMSS su opinión del cumplimiento de obligaciones fiscales en materia de seguridad social, "
            + ARTICULOS_32D;

    /** Not from the IMSS guides: a neutral text modelled on the opinión pública acuse of the Guía 32-D. */
    public static final String CANCELACION_TERCERO = "Se hace constar que con esta fecha se llevó a cabo el "
            + "registro y proceso exitoso de la cancelación, ratificada mediante el uso de la Firma Electrónica "
            + "Avanzada (e.firma) del Particular, de la autorización otorgada al tercero identificado en este "
            + "acuse para consultar a través del Buzón IMSS su opinión del cumplimiento de obligaciones fiscales "
            + "en materia de seguridad social, " + ARTICULOS_32D;

    /** Not from the IMSS guides: a neutral text based on Lineamientos 6.1 (the Lineamientos' DOF text). */
    public static final String RECEPCION_PROMOCION = "Se hace constar la recepción a través del Buzón IMSS de la "
            + "promoción identificada en este acuse, firmada con la e.firma del Particular. De conformidad con el "
            + "numeral 6.1 de los Lineamientos de carácter general para la operación del Buzón IMSS, se presume, "
            + "salvo prueba en contrario, que el documento digital fue recibido en la hora y fecha que se consignan "
            + "en este acuse.";

    /** Not from the IMSS guides: a neutral text based on the Guía de Promociones ("Caso prorrogado"). */
    public static final String PRORROGA = "Se hace constar que, derivado de la solicitud realizada, la atención de "
            + "la promoción identificada en este acuse requiere un mayor tiempo de respuesta, por lo que se emite "
            + "una prórroga con la nueva fecha de respuesta que aquí se indica.";

    /** Not from the IMSS guides: a neutral text based on the Guía de Promociones ("Caso canalizado"). */
    public static final String CANALIZACION = "Se hace constar que la promoción identificada en este acuse no "
            + "corresponde al asunto o servicio seleccionado, por lo que se remitió al asunto correcto, con la "
            + "nueva fecha de respuesta que aquí se indica.";

    /** Not from the IMSS guides: a neutral text based on the Guía de Promociones ("Consulta de Respuesta"). */
    public static final String RESPUESTA = "Se hace constar que el Instituto Mexicano del Seguro Social emitió "
            + "respuesta a la promoción identificada en este acuse, la cual está disponible en el Buzón IMSS.";

    /** Not from the IMSS guides: a neutral text based on Lineamientos 7.2–7.4 and CFF art. 134 fr. I. */
    public static final String NOTIFICACION_ABIERTA = "Se hace constar que el Particular abrió en el Buzón IMSS "
            + "el documento digital identificado en este acuse. De conformidad con los numerales 7.2 y 7.4 de los "
            + "Lineamientos de carácter general para la operación del Buzón IMSS y el artículo 134, fracción I, "
            + "del Código Fiscal de la Federación, la notificación se tiene por realizada en la fecha y hora que "
            + "aquí se indican.";

    /** Not from the IMSS guides: a neutral text based on Lineamientos 7.5 and CFF art. 134 fr. I. */
    public static final String NOTIFICACION_TENIDA = "Se hace constar que el Particular no abrió en el Buzón IMSS "
            + "el documento digital identificado en este acuse dentro de los tres días hábiles siguientes al "
            + "envío del aviso. De conformidad con el numeral 7.5 de los Lineamientos de carácter general para la "
            + "operación del Buzón IMSS y el artículo 134, fracción I, del Código Fiscal de la Federación, la "
            + "notificación se tiene por realizada al cuarto día hábil, en la fecha y hora que aquí se indican; "
            + "este acuse se generó automáticamente.";
}
