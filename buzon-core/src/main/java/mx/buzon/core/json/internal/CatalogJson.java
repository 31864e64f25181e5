package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.Disponibilidad;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.catalog.Tramite;

/** {@code mx.buzon.core.catalog}: every catalogue entry as its constant's name. */
public final class CatalogJson {

    private CatalogJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerEnum(m, ActoNotificable.class);
        Json.registerEnum(m, AsuntoPromocion.class);
        Json.registerEnum(m, Disponibilidad.class);
        Json.registerEnum(m, TipoPromocion.class);
        Json.registerEnum(m, Tramite.class);
    }
}
