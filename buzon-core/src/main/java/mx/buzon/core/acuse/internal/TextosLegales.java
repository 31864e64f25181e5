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

    /** Guía de Activación, the heading of the text signed to activate the Buzón. */
    public static final String TITULO_SOLICITUD = "Solicitud y manifestación del solicitante";

    /** Guía de Activación, the heading of the Carta that follows the solicitud. */
    public static final String TITULO_CARTA = "Carta de términos y condiciones para utilizar la firma electrónica "
            + "avanzada en actos que se realicen ante el IMSS";

    /**
     * Guía de Activación, the "Carta de términos y condiciones para utilizar la firma electrónica avanzada en actos que se
     * realicen ante el IMSS", transcribed paragraph by paragraph from the guide's screen of step 15 (the fullest
     * transcription; the acuse screen of step 17 repeats its last five paragraphs word for word). Repaired OCR
     * damage, each a letter or two that makes no Spanish word or phrase: "autía" → "autoría", "se registran por el
     * Código Fiscal" → "se rigen por el Código Fiscal", "hechos legítimos y auténticamente" → "hechos legítima y
     * auténticamente". The guide's screen cuts the third paragraph after "su renovación,"; the rest of that
     * paragraph is not in any seed, so it is marked "[…]" rather than invented.
     */
    private static final String CARTA = "Con fundamento en las \"Reglas de carácter general para el uso de la "
            + "firma electrónica avanzada, cuyo certificado digital sea emitido por el Servicio de Administración "
            + "Tributaria, en los actos que se realicen ante el Instituto Mexicano del Seguro Social\", publicadas en "
            + "el Diario Oficial de la Federación el 14 de noviembre de 2013, los particulares, ya sean personas "
            + "físicas y morales, podrán optar por realizar los actos que señala la Ley del Seguro Social, sus "
            + "Reglamentos y demás disposiciones que de ella emanen, de manera electrónica y firmándola directamente "
            + "con su firma electrónica avanzada (FIEL o e-firma) o la de su representante legal, cuyo certificado "
            + "digital esté vigente y haya sido emitido por el Servicio de Administración Tributaria (SAT), siempre "
            + "que el Instituto Mexicano del Seguro Social (IMSS) ponga a disposición de los particulares las "
            + "herramientas tecnológicas necesarias para ello.\n\n"
            + "La FIEL o e-firma sustituye la firma autógrafa del firmante y producirá los mismos efectos que las "
            + "leyes otorgan a los documentos con firma autógrafa, teniendo el mismo valor probatorio. Asimismo, con "
            + "el uso de la FIEL o e-firma se tiene por reconocida la garantía de la autoría del firmante y de la "
            + "integridad de los documentos electrónicos que se firmen con ella y, por ende, el contenido de los "
            + "mismos no podrá desconocerse ni admitir prueba en contrario.\n\n"
            + "La expedición de los certificados digitales y la generación de las claves públicas y privadas que "
            + "conforman la FIEL o e-firma de personas físicas y morales, se rigen por el Código Fiscal de la "
            + "Federación, su reglamentación secundaria en la materia y, en su caso, por la Ley de la Firma "
            + "Electrónica Avanzada. Por lo tanto, la expedición de los certificados digitales, su renovación, "
            + "[…]\n\n"
            + "Los particulares, ya sean personas físicas o morales, que opten por autenticarse y/o realizar actos "
            + "ante el IMSS con el uso de su FIEL o e.firma, reconocen que es de su exclusiva responsabilidad el "
            + "resguardo del certificado digital y la confidencialidad de la clave privada que conforma su FIEL o "
            + "e.firma, con el fin de evitar la utilización no autorizada de la misma. Por lo tanto, en cualquier "
            + "acto firmado con la FIEL o e.firma se tendrá por válido y sin que se admita prueba en contrario, el "
            + "vínculo entre el firmante, sea persona moral o física, y los datos que fueron utilizados para la "
            + "creación de la respectiva FIEL o e.firma; por lo cual, los actos firmados con la FIEL o e.firma "
            + "serán imputables al titular del certificado digital que se haya utilizado.\n\n"
            + "Los actos firmados con la FIEL o e.firma serán considerados hechos legítima y auténticamente por el "
            + "firmante y, en caso de personas morales, por el administrador único, el Presidente del Consejo de "
            + "Administración o la persona o personas, cualquiera que sea el nombre con el que se les designe, que "
            + "tengan conferida la dirección general, la gerencia general o la administración de la persona moral "
            + "de que se trate, en el momento en el que se presentaron los documentos digitales. Lo anterior no "
            + "admitirá prueba en contrario ante el IMSS y el titular del certificado digital será responsable de "
            + "las consecuencias jurídicas que deriven de los actos que se realicen ante el IMSS utilizando la FIEL "
            + "o e.firma.\n\n"
            + "Los particulares, ya sean personas físicas o morales, podrán realizar actos a través de la FIEL o "
            + "e.firma de sus representantes legales, siempre que éstos sean señalados por aquéllos y así sea "
            + "aceptado mediante consentimiento expreso de ambos ante el IMSS, para lo cual firmarán "
            + "mancomunadamente, con sus respectivas FIEL o e.firma y en momentos sucesivos inmediatos, el documento "
            + "electrónico que el Instituto ponga a su disposición para tal efecto.\n\n"
            + "En caso de pérdida, robo o destrucción de la FIEL o e.firma, o cualquier otro evento que ponga en "
            + "riesgo la confidencialidad de los certificados electrónicos, las llaves o claves que conforman la "
            + "FIEL o e.firma, o la utilización no autorizada de la FIEL o e.firma, la persona física o moral, bajo "
            + "su absoluta responsabilidad, deberá proceder con su inmediata revocación o reposición ante el SAT, "
            + "sujetándose a los procesos y lineamientos que el mismo determine.\n\n"
            + "La falta de vigencia o revocación del certificado digital que ampara la FIEL o e.firma, no eximirá a "
            + "la persona física o moral de cumplir con sus obligaciones ante el IMSS; por lo cual, será su "
            + "responsabilidad tener vigente el certificado digital que ampara su FIEL o e.firma en los tiempos en "
            + "que deba presentar cualquier promoción o trámite ante el IMSS, de conformidad con la Ley del Seguro "
            + "Social, sus Reglamentos y demás disposiciones aplicables.\n\n"
            + "Los términos y condiciones antes señalados son aplicables a la aceptación de los mismos que en este "
            + "acto realice el firmante, mediante su firma electrónica FIEL o e.firma.\n\n"
            + "Declaro que he leído y conozco los términos y condiciones así como las \"Reglas de Carácter General "
            + "para el uso de la Firma Electrónica Avanzada, cuyo certificado digital sea emitido por el Servicio "
            + "de Administración Tributaria, en los actos que se realicen ante el Instituto Mexicano del Seguro "
            + "Social\", y voluntariamente acepto los alcances legales de los mismos, mediante la firma electrónica "
            + "FIEL o e.firma.";

    /**
     * Guía de Activación: the whole text the particular signs to activate the Buzón, as the guide shows it before the
     * signature (step 15): the heading "Solicitud y manifestación del solicitante", its three paragraphs, the
     * heading of the Carta and the Carta's ten paragraphs. The activation acuse's {@code Terminos_SHA256} is the
     * SHA-256 of exactly this text in UTF-8 (paragraphs and headings separated by {@code "\n\n"}).
     */
    public static final String SOLICITUD_Y_MANIFESTACION = TITULO_SOLICITUD + "\n\n"
            + "De conformidad con los artículos 40 y 286 M, de la Ley "
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
            + TITULO_CARTA + "\n\n" + CARTA;

    /** Guía 32-D, the salutation of both 32-D acuses. */
    private static final String ESTIMADO_PARTICULAR = "Estimado Particular:\n\n";

    /**
     * Guía 32-D, second sentence of the "no prejuzga" note of both 32-D acuses (word for word the same in the
     * two).
     */
    private static final String NO_PREJUZGA_32D = "El presente acuse de recibo no prejuzga sobre la veracidad, "
            + "autenticidad, calidad, características y contenido de la información enviada. Este documento es una "
            + "reproducción impresa de la solicitud electrónica del solicitante y la aceptación otorgada a la misma.";

    /**
     * Guía de Activación, the "no prejuzga" note of the acuses of medios de contacto. The guide transcribes four images of
     * these acuses; the two of section VI (registro and validación) agree on "de la versión electrónica del
     * documento y la aceptación otorgada a la misma", which is taken; the two of section V read "de la solicitud
     * electrónica del solicitante …" and "de la información generada en el sistema …". "No prescinde de" in three
     * of them is OCR damage of "no prejuzga sobre" (Guía 32-D and the fourth image).
     */
    private static final String NO_PREJUZGA_BUZON = "El presente acuse de recibo no prejuzga sobre la veracidad, "
            + "autenticidad, calidad, características y contenido de la información enviada. Este documento es una "
            + "reproducción impresa de la versión electrónica del documento y la aceptación otorgada a la misma.";

    /**
     * Guía 32-D, data protection paragraph of the autorización acuse ("facultades contenidas a" is OCR damage of
     * "facultades conferidas a", as the cancelación acuse of the same seed spells it).
     */
    private static final String DATOS_PERSONALES_AUTORIZACION_32D = "Sus datos personales son incorporados y "
            + "protegidos en los sistemas del IMSS, de conformidad con los Lineamientos Generales de Protección de "
            + "Datos Personales para el Sector Público y demás disposiciones fiscales y legales sobre "
            + "confidencialidad y protección de datos, a fin de ejercer las facultades conferidas a la autoridad "
            + "fiscal.";

    /** Guía 32-D, data protection paragraph of the cancelación acuse (it differs from the autorización's). */
    private static final String DATOS_PERSONALES_CANCELACION_32D = "Sus datos personales son incorporados y "
            + "protegidos en los sistemas del IMSS, de conformidad con los Lineamientos de Protección de Datos "
            + "Personales para el Sector Público y con las diversas disposiciones fiscales y legales sobre "
            + "confidencialidad y protección de datos, a fin de ejercer las facultades conferidas a la autoridad "
            + "fiscal.";

    /** Guía de Activación, data protection paragraph of the acuses of medios de contacto (the four images agree). */
    private static final String DATOS_PERSONALES_BUZON = "Sus datos personales son incorporados y protegidos en los "
            + "sistemas del Instituto Mexicano del Seguro Social, mismos que corresponden a información confidencial "
            + "en los términos de la Ley del Seguro Social, Código Fiscal de la Federación y las leyes sobre "
            + "Transparencia y Acceso a la Información Pública, así como de Protección de Datos Personales.";

    /** The standing paragraphs of the acuses of the Buzón's own services (Guía de Activación). */
    public static final String LEYENDAS_BUZON = NO_PREJUZGA_BUZON + "\n\n" + DATOS_PERSONALES_BUZON;

    /** The standing paragraphs of the 32-D autorización acuse (Guía 32-D, section IV). */
    public static final String LEYENDAS_AUTORIZACION_32D = NO_PREJUZGA_32D + "\n\n"
            + DATOS_PERSONALES_AUTORIZACION_32D;

    /** The standing paragraphs of the 32-D cancelación acuse (Guía 32-D, section V). */
    public static final String LEYENDAS_CANCELACION_32D = NO_PREJUZGA_32D + "\n\n"
            + DATOS_PERSONALES_CANCELACION_32D;

    private static final String ARTICULOS_32D = "de conformidad con lo dispuesto en los artículos 5, 9, segundo "
            + "párrafo, 251, fracciones IV y XXXVII, 270, 271, 286 L, 286 M y 286 N, de la Ley del Seguro Social; "
            + "17-D, tercer párrafo, 17-E, 17-I y 32-D, décimo párrafo, del Código Fiscal de la Federación, de "
            + "aplicación supletoria en términos de los artículos 9, segundo párrafo y 271 de la Ley del Seguro "
            + "Social, así como, la Regla Séptima de las \"Reglas de carácter general para la obtención de la "
            + "opinión del cumplimiento de obligaciones fiscales en materia de seguridad social\", aprobadas "
            + "mediante Acuerdo ACDO.AS2.HCT.270422/107.P.DIR.";

    /** Guía 32-D (guía 32-D), "Acuse de autorización para hacer pública la opinión del cumplimiento". */
    public static final String AUTORIZACION_OPINION_PUBLICA = ESTIMADO_PARTICULAR
            + "En términos de lo establecido en los numerales 6.1, "
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
    public static final String CANCELACION_OPINION_PUBLICA = ESTIMADO_PARTICULAR
            + "En términos de lo establecido en los numerales 5.1, "
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

    /** Not from the IMSS guides: a neutral text modelled on the opinión pública acuse of Guía 32-D. */
    public static final String AUTORIZACION_TERCERO = ESTIMADO_PARTICULAR
            + "Se hace constar que con esta fecha se llevó a cabo el "
            + "registro y proceso exitoso de su autorización, ratificada mediante el uso de la Firma Electrónica "
            + "Avanzada (e.firma) del Particular, para que el tercero identificado en este acuse consulte a través "
            + "del Buzón IMSS su opinión del cumplimiento de obligaciones fiscales en materia de seguridad social, "
            + ARTICULOS_32D;

    /** Not from the IMSS guides: a neutral text modelled on the opinión pública acuse of Guía 32-D. */
    public static final String CANCELACION_TERCERO = ESTIMADO_PARTICULAR
            + "Se hace constar que con esta fecha se llevó a cabo el "
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
