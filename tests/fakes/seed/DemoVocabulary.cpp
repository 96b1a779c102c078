#include "seed/DemoVocabulary.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

namespace {

DemoAdjective adj(const QString &masculine, const QString &feminine)
{
    return {masculine, feminine};
}

DemoAdjective adj(const QString &both)
{
    return {both, both};
}

const QList<DemoAdjective> &apparelAdjectives()
{
    static const QList<DemoAdjective> list = {
        adj(u"Básico"_s, u"Básica"_s),
        adj(u"Clásico"_s, u"Clásica"_s),
        adj(u"Urbano"_s, u"Urbana"_s),
        adj(u"Deportivo"_s, u"Deportiva"_s),
        adj(u"Oversize"_s),
        adj(u"Slim"_s),
        adj(u"Vintage"_s),
        adj(u"Esencial"_s),
        adj(u"Liviano"_s, u"Liviana"_s),
        adj(u"Estampado"_s, u"Estampada"_s),
        adj(u"Rayado"_s, u"Rayada"_s),
        adj(u"Andino"_s, u"Andina"_s),
        adj(u"Costero"_s, u"Costera"_s),
        adj(u"Relajado"_s, u"Relajada"_s),
        adj(u"Premium"_s),
    };
    return list;
}

QList<DemoFamily> buildFamilies()
{
    const QList<DemoAdjective> apparel = apparelAdjectives();
    const QList<DemoAdjective> outerwear = {
        adj(u"Térmico"_s, u"Térmica"_s),
        adj(u"Impermeable"_s),
        adj(u"Acolchado"_s, u"Acolchada"_s),
        adj(u"Liviano"_s, u"Liviana"_s),
        adj(u"Urbano"_s, u"Urbana"_s),
        adj(u"Clásico"_s, u"Clásica"_s),
        adj(u"Técnico"_s, u"Técnica"_s),
        adj(u"Reversible"_s),
        adj(u"Invernal"_s),
        adj(u"Austral"_s),
    };
    const QList<DemoAdjective> footwear = {
        adj(u"Urbano"_s, u"Urbana"_s),
        adj(u"Clásico"_s, u"Clásica"_s),
        adj(u"Deportivo"_s, u"Deportiva"_s),
        adj(u"Casual"_s),
        adj(u"Liviano"_s, u"Liviana"_s),
        adj(u"Outdoor"_s),
        adj(u"Retro"_s),
        adj(u"Minimalista"_s),
        adj(u"Premium"_s),
    };
    const QList<DemoAdjective> accessories = {
        adj(u"Clásico"_s, u"Clásica"_s),
        adj(u"Tejido"_s, u"Tejida"_s),
        adj(u"Artesanal"_s),
        adj(u"Urbano"_s, u"Urbana"_s),
        adj(u"Minimalista"_s),
        adj(u"Reversible"_s),
        adj(u"Austral"_s),
        adj(u"Premium"_s),
    };
    const QList<DemoAdjective> home = {
        adj(u"Artesanal"_s),           adj(u"Rústico"_s, u"Rústica"_s), adj(u"Nórdico"_s, u"Nórdica"_s),
        adj(u"Minimalista"_s),         adj(u"Tejido"_s, u"Tejida"_s),   adj(u"Esmaltado"_s, u"Esmaltada"_s),
        adj(u"Andino"_s, u"Andina"_s), adj(u"Clásico"_s, u"Clásica"_s),
    };
    const QList<DemoAdjective> tech = {
        adj(u"Inalámbrico"_s, u"Inalámbrica"_s),
        adj(u"Portátil"_s),
        adj(u"Compacto"_s, u"Compacta"_s),
        adj(u"Recargable"_s),
        adj(u"Pro"_s),
        adj(u"Mini"_s),
    };
    const QList<DemoAdjective> supplies = {
        adj(u"Reciclado"_s, u"Reciclada"_s), adj(u"Grande"_s),        adj(u"Mediano"_s, u"Mediana"_s),
        adj(u"Pequeño"_s, u"Pequeña"_s),     adj(u"Biodegradable"_s),
    };

    QList<DemoFamily> f;
    f.append({u"Poleras"_s,
              u"POL"_s,
              u"Poleras y Camisetas"_s,
              1,
              DemoSizeScale::Clothing,
              true,
              true,
              true,
              0.2,
              9,
              24,
              1000,
              14,
              8,
              {{u"Polera"_s, true},
               {u"Camiseta"_s, true},
               {u"Polera Manga Larga"_s, true},
               {u"Polo"_s, false},
               {u"Musculosa"_s, true}},
              apparel,
              {u"Algodón Orgánico"_s, u"Algodón Pima"_s, u"Lino"_s, u"Piqué"_s, u"Jersey"_s, u"Bambú"_s},
              {1, 2, 7, 9},
              u"Corte regular y costuras reforzadas, pensada para el uso diario."_s});
    f.append({u"Camisas"_s,
              u"CAM"_s,
              u"Camisas y Blusas"_s,
              1,
              DemoSizeScale::Clothing,
              true,
              true,
              true,
              0.3,
              19,
              39,
              1000,
              7,
              8,
              {{u"Camisa"_s, true}, {u"Blusa"_s, true}, {u"Camisa Manga Corta"_s, true}, {u"Túnica"_s, true}},
              apparel,
              {u"Lino"_s, u"Oxford"_s, u"Popelina"_s, u"Franela"_s, u"Mezclilla"_s, u"Viscosa"_s},
              {1, 3, 9},
              u"Botones de coco y cuello estructurado que no pierde la forma."_s});
    f.append({u"Pantalones"_s,
              u"PAN"_s,
              u"Pantalones y Jeans"_s,
              1,
              DemoSizeScale::Pants,
              true,
              true,
              true,
              0.6,
              19,
              44,
              1000,
              10,
              8,
              {{u"Pantalón"_s, false},
               {u"Jean"_s, false},
               {u"Pantalón Cargo"_s, false},
               {u"Chino"_s, false},
               {u"Short"_s, false},
               {u"Calza"_s, true}},
              apparel,
              {u"Denim"_s, u"Gabardina"_s, u"Cotelé"_s, u"Lino"_s, u"Drill"_s, u"Algodón Elasticado"_s},
              {1, 4},
              u"Tiro medio, bolsillos profundos y tela que acompaña el movimiento."_s});
    f.append({u"Polerones"_s,
              u"POLR"_s,
              u"Polerones y Sweaters"_s,
              1,
              DemoSizeScale::Clothing,
              true,
              true,
              true,
              0.6,
              19,
              44,
              1000,
              8,
              8,
              {{u"Polerón"_s, false},
               {u"Polerón con Capucha"_s, false},
               {u"Sweater"_s, false},
               {u"Cárdigan"_s, false},
               {u"Chaleco"_s, false}},
              apparel,
              {u"Polar"_s, u"Lana Merino"_s, u"Algodón Perchado"_s, u"Alpaca"_s, u"Lana Chilota"_s},
              {0, 2, 6},
              u"Abrigado y suave, ideal para las mañanas frías."_s});
    f.append({u"Chaquetas"_s,
              u"CHA"_s,
              u"Chaquetas y Parkas"_s,
              1,
              DemoSizeScale::Clothing,
              true,
              true,
              true,
              1.0,
              39,
              119,
              1000,
              7,
              8,
              {{u"Chaqueta"_s, true},
               {u"Parka"_s, true},
               {u"Cortaviento"_s, false},
               {u"Abrigo"_s, false},
               {u"Chaleco Acolchado"_s, false}},
              outerwear,
              {u"Pluma"_s, u"Softshell"_s, u"Nylon Ripstop"_s, u"Lana"_s, u"Cuero"_s, u"Gabardina"_s},
              {0, 11},
              u"Protege del viento y la lluvia, de Arica a Punta Arenas."_s});
    f.append({u"Vestidos"_s,
              u"VES"_s,
              u"Vestidos y Faldas"_s,
              1,
              DemoSizeScale::Clothing,
              true,
              true,
              true,
              0.4,
              19,
              49,
              1000,
              6,
              8,
              {{u"Vestido"_s, false}, {u"Falda"_s, true}, {u"Enterito"_s, false}, {u"Vestido Midi"_s, false}},
              apparel,
              {u"Viscosa"_s, u"Lino"_s, u"Algodón"_s, u"Gasa"_s, u"Punto"_s},
              {2, 3, 8},
              u"Caída fluida y un calce cómodo para todo el día."_s});
    f.append({u"Zapatillas"_s,
              u"ZAP"_s,
              u"Zapatillas"_s,
              2,
              DemoSizeScale::Shoes,
              true,
              true,
              true,
              1.2,
              29,
              89,
              1000,
              9,
              8,
              {{u"Zapatilla"_s, true},
               {u"Zapatilla Running"_s, true},
               {u"Zapatilla de Lona"_s, true},
               {u"Zapatilla Trekking"_s, true}},
              footwear,
              {u"Lona"_s, u"Cuero"_s, u"Malla Técnica"_s, u"Gamuza"_s, u"Cuero Vegano"_s},
              {0, 7},
              u"Plantilla acolchada y suela de caucho antideslizante."_s});
    f.append(
        {u"Zapatos"_s,
         u"ZTO"_s,
         u"Zapatos y Botines"_s,
         2,
         DemoSizeScale::Shoes,
         true,
         true,
         true,
         1.3,
         39,
         99,
         1000,
         6,
         8,
         {{u"Zapato"_s, false}, {u"Botín"_s, false}, {u"Bota"_s, true}, {u"Mocasín"_s, false}, {u"Sandalia"_s, true}},
         footwear,
         {u"Cuero"_s, u"Gamuza"_s, u"Cuero Engrasado"_s, u"Charol"_s},
         {5, 11},
         u"Hecho a mano en Chile, con costura Goodyear."_s});
    f.append({u"Calcetines"_s,
              u"CAL"_s,
              u"Calcetería"_s,
              1,
              DemoSizeScale::Socks,
              true,
              true,
              true,
              0.1,
              3,
              7,
              1000,
              4,
              6,
              {{u"Calcetín"_s, false}, {u"Soquete"_s, false}, {u"Calcetín Caña Alta"_s, false}},
              apparel,
              {u"Algodón"_s, u"Lana Merino"_s, u"Bambú"_s, u"Algodón Orgánico"_s},
              {2, 7},
              u"Puntera reforzada y elástico que no aprieta."_s});
    f.append({u"Accesorios"_s,
              u"ACC"_s,
              u"Accesorios y Complementos"_s,
              0,
              DemoSizeScale::None,
              true,
              true,
              true,
              0.3,
              5,
              34,
              1000,
              12,
              4,
              {{u"Gorro"_s, false},
               {u"Bufanda"_s, true},
               {u"Cinturón"_s, false},
               {u"Jockey"_s, false},
               {u"Billetera"_s, true},
               {u"Mochila"_s, true},
               {u"Bolso"_s, false},
               {u"Cuello"_s, false}},
              accessories,
              {u"Lana"_s, u"Cuero"_s, u"Canvas"_s, u"Alpaca"_s, u"Polar"_s},
              {5, 6, 8, 13},
              u"Un complemento que dura temporadas."_s});
    f.append({u"Hogar"_s,
              u"HOG"_s,
              u"Hogar y Deco"_s,
              0,
              DemoSizeScale::None,
              false,
              true,
              true,
              1.0,
              4,
              29,
              1000,
              11,
              1,
              {{u"Cojín"_s, false},
               {u"Manta"_s, true},
               {u"Taza"_s, true},
               {u"Vela"_s, true},
               {u"Cuadro"_s, false},
               {u"Individual"_s, false},
               {u"Pocillo"_s, false},
               {u"Frazada"_s, true},
               {u"Florero"_s, false}},
              home,
              {u"Cerámica"_s, u"Lana"_s, u"Algodón"_s, u"Madera Nativa"_s, u"Lino"_s, u"Greda"_s, u"Cobre"_s},
              {6, 10, 13},
              u"Pieza de diseño local para dar calidez a la casa."_s});
    f.append({u"Tecnología"_s,
              u"TEC"_s,
              u"Tecno"_s,
              0,
              DemoSizeScale::None,
              false,
              false,
              true,
              0.5,
              9,
              79,
              1000,
              4,
              1,
              {{u"Parlante"_s, false},
               {u"Audífono"_s, false},
               {u"Cargador"_s, false},
               {u"Lámpara"_s, true},
               {u"Batería Externa"_s, true}},
              tech,
              {u"Bluetooth"_s, u"USB-C"_s, u"20W"_s, u"LED"_s},
              {12},
              u"Incluye cable de carga y garantía de seis meses."_s});
    f.append({u"Insumos"_s,
              u"INS"_s,
              QString(),
              0,
              DemoSizeScale::None,
              false,
              true,
              false,
              0.1,
              3,
              9,
              100,
              1,
              1,
              {{u"Bolsa"_s, true}, {u"Caja Despacho"_s, true}, {u"Etiqueta"_s, true}, {u"Cinta de Embalaje"_s, true}},
              supplies,
              {u"Kraft"_s, u"Cartón Corrugado"_s, u"Papel Seda"_s, u"Polipropileno"_s},
              {},
              u"Insumo de uso interno para despachos."_s});
    return f;
}

} // namespace

const QList<DemoFamily> &DemoVocabulary::families()
{
    static const QList<DemoFamily> list = buildFamilies();
    return list;
}

const QStringList &DemoVocabulary::parentCategories()
{
    static const QStringList list = {u"Ropa"_s, u"Calzado"_s};
    return list;
}

const QList<DemoColour> &DemoVocabulary::colours()
{
    static const QList<DemoColour> list = {
        {u"Negro"_s, u"NEG"_s, u"#1A1A1A"_s},        {u"Blanco"_s, u"BLA"_s, u"#FAFAFA"_s},
        {u"Gris Melange"_s, u"GRI"_s, u"#9E9E9E"_s}, {u"Azul Marino"_s, u"AZM"_s, u"#1F2A44"_s},
        {u"Azul"_s, u"AZU"_s, u"#2F5DA8"_s},         {u"Rojo"_s, u"ROJ"_s, u"#C62828"_s},
        {u"Verde Oliva"_s, u"VOL"_s, u"#6B7B3A"_s},  {u"Beige"_s, u"BEI"_s, u"#D8C8A8"_s},
        {u"Café"_s, u"CAF"_s, u"#6D4C41"_s},         {u"Burdeo"_s, u"BUR"_s, u"#6A1B2A"_s},
        {u"Rosado"_s, u"ROS"_s, u"#F4A6B8"_s},       {u"Amarillo"_s, u"AMA"_s, u"#F2C94C"_s},
        {u"Celeste"_s, u"CEL"_s, u"#8EC9EB"_s},      {u"Mostaza"_s, u"MOS"_s, u"#C9A227"_s},
        {u"Terracota"_s, u"TER"_s, u"#C0643A"_s},
    };
    return list;
}

const QStringList &DemoVocabulary::sizes(DemoSizeScale scale)
{
    static const QStringList none;
    static const QStringList clothing = {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
    static const QStringList pants = {u"36"_s, u"38"_s, u"40"_s, u"42"_s, u"44"_s, u"46"_s, u"48"_s};
    static const QStringList shoes = {u"35"_s, u"36"_s, u"37"_s, u"38"_s, u"39"_s, u"40"_s,
                                      u"41"_s, u"42"_s, u"43"_s, u"44"_s, u"45"_s};
    static const QStringList socks = {u"35-38"_s, u"39-42"_s, u"43-46"_s};
    switch (scale) {
    case DemoSizeScale::None:
        return none;
    case DemoSizeScale::Clothing:
        return clothing;
    case DemoSizeScale::Pants:
        return pants;
    case DemoSizeScale::Shoes:
        return shoes;
    case DemoSizeScale::Socks:
        return socks;
    }
    return none;
}

const QStringList &DemoVocabulary::brands()
{
    static const QStringList list = {
        u"Andes Outdoor"_s, u"Cordillera Wear"_s, u"Pudú"_s,         u"Lenga"_s,         u"Atacama Denim"_s,
        u"Pehuén"_s,        u"Chiloé Lanas"_s,    u"Huemul Sport"_s, u"Copihue"_s,       u"Valparaíso Studio"_s,
        u"Casa Quillay"_s,  u"Tierra Austral"_s,  u"Ñandú Tech"_s,   u"Mapocho Goods"_s,
    };
    return list;
}

const QStringList &DemoVocabulary::firstNamesFemale()
{
    static const QStringList list = {u"Camila"_s,    u"Valentina"_s, u"Javiera"_s,    u"Catalina"_s, u"Fernanda"_s,
                                     u"Constanza"_s, u"Francisca"_s, u"Daniela"_s,    u"Antonia"_s,  u"Sofía"_s,
                                     u"Isidora"_s,   u"Josefa"_s,    u"María José"_s, u"Paula"_s,    u"Trinidad"_s};
    return list;
}

const QStringList &DemoVocabulary::firstNamesMale()
{
    static const QStringList list = {u"Matías"_s,  u"Benjamín"_s, u"Sebastián"_s, u"Nicolás"_s, u"Diego"_s,
                                     u"Joaquín"_s, u"Tomás"_s,    u"Felipe"_s,    u"Vicente"_s, u"Cristóbal"_s,
                                     u"Ignacio"_s, u"Martín"_s,   u"Agustín"_s,   u"Gaspar"_s,  u"José Tomás"_s};
    return list;
}

const QStringList &DemoVocabulary::surnames()
{
    static const QStringList list = {
        u"González"_s,  u"Muñoz"_s,    u"Rojas"_s,     u"Díaz"_s,    u"Pérez"_s,     u"Soto"_s,       u"Contreras"_s,
        u"Silva"_s,     u"Martínez"_s, u"Sepúlveda"_s, u"Morales"_s, u"Rodríguez"_s, u"López"_s,      u"Fuentes"_s,
        u"Hernández"_s, u"Torres"_s,   u"Araya"_s,     u"Flores"_s,  u"Espinoza"_s,  u"Valenzuela"_s, u"Castillo"_s,
        u"Tapia"_s,     u"Reyes"_s,    u"Gutiérrez"_s, u"Castro"_s,  u"Pizarro"_s,   u"Álvarez"_s,    u"Vásquez"_s,
        u"Carrasco"_s,  u"Núñez"_s,    u"Jara"_s,      u"Vergara"_s, u"Riquelme"_s,  u"Ibáñez"_s,
    };
    return list;
}

const QList<DemoComuna> &DemoVocabulary::comunas()
{
    static const QString rm = u"Región Metropolitana de Santiago"_s;
    static const QList<DemoComuna> list = {
        {u"Providencia"_s, u"Santiago"_s, rm, u"RM"_s, u"7500000"_s},
        {u"Ñuñoa"_s, u"Santiago"_s, rm, u"RM"_s, u"7750000"_s},
        {u"Las Condes"_s, u"Santiago"_s, rm, u"RM"_s, u"7550000"_s},
        {u"Maipú"_s, u"Santiago"_s, rm, u"RM"_s, u"9250000"_s},
        {u"Santiago"_s, u"Santiago"_s, rm, u"RM"_s, u"8320000"_s},
        {u"La Florida"_s, u"Santiago"_s, rm, u"RM"_s, u"8240000"_s},
        {u"Puente Alto"_s, u"Santiago"_s, rm, u"RM"_s, u"8150000"_s},
        {u"Vitacura"_s, u"Santiago"_s, rm, u"RM"_s, u"7630000"_s},
        {u"San Miguel"_s, u"Santiago"_s, rm, u"RM"_s, u"8900000"_s},
        {u"Valparaíso"_s, u"Valparaíso"_s, u"Región de Valparaíso"_s, u"VS"_s, u"2340000"_s},
        {u"Viña del Mar"_s, u"Viña del Mar"_s, u"Región de Valparaíso"_s, u"VS"_s, u"2520000"_s},
        {u"Concepción"_s, u"Concepción"_s, u"Región del Biobío"_s, u"BI"_s, u"4030000"_s},
        {u"Temuco"_s, u"Temuco"_s, u"Región de La Araucanía"_s, u"AR"_s, u"4780000"_s},
        {u"Puerto Montt"_s, u"Puerto Montt"_s, u"Región de Los Lagos"_s, u"LL"_s, u"5480000"_s},
        {u"Antofagasta"_s, u"Antofagasta"_s, u"Región de Antofagasta"_s, u"AN"_s, u"1240000"_s},
        {u"La Serena"_s, u"La Serena"_s, u"Región de Coquimbo"_s, u"CO"_s, u"1700000"_s},
        {u"Rancagua"_s, u"Rancagua"_s, u"Región del Libertador General Bernardo O'Higgins"_s, u"LI"_s, u"2820000"_s},
        {u"Valdivia"_s, u"Valdivia"_s, u"Región de Los Ríos"_s, u"LR"_s, u"5090000"_s},
        {u"Punta Arenas"_s, u"Punta Arenas"_s, u"Región de Magallanes y de la Antártica Chilena"_s, u"MA"_s,
         u"6200000"_s},
    };
    return list;
}

const QStringList &DemoVocabulary::streets()
{
    static const QStringList list = {
        u"Av. Providencia"_s, u"Av. Irarrázaval"_s,     u"Los Leones"_s,    u"Av. Apoquindo"_s, u"Pedro de Valdivia"_s,
        u"Av. Grecia"_s,      u"Av. Pajaritos"_s,       u"San Diego"_s,     u"Av. Brasil"_s,    u"Av. Libertad"_s,
        u"Barros Arana"_s,    u"Manuel Montt"_s,        u"Antonio Varas"_s, u"Gran Avenida"_s,  u"Av. Argentina"_s,
        u"Arturo Prat"_s,     u"Av. Vicuña Mackenna"_s, u"Colón"_s,         u"Los Carrera"_s,   u"Av. Alemania"_s,
    };
    return list;
}

const QList<DemoCompany> &DemoVocabulary::companies()
{
    static const QList<DemoCompany> list = {
        {u"Comercial Los Aromos SpA"_s, u"Venta al por menor de prendas de vestir"_s, 76679126, u"losaromos.cl"_s},
        {u"Distribuidora Pehuenche Limitada"_s, u"Venta al por mayor de artículos de hogar"_s, 77987817,
         u"pehuenche.cl"_s},
        {u"Inversiones Quillay SpA"_s, u"Inversiones y asesorías"_s, 76316353, u"quillay.cl"_s},
        {u"Servicios Gráficos Lautaro Ltda."_s, u"Imprenta y servicios gráficos"_s, 76828004, u"graficalautaro.cl"_s},
        {u"Constructora Cerro Alegre SpA"_s, u"Construcción de edificios"_s, 77365108, u"cerroalegre.cl"_s},
        {u"Café Ñuñoa SpA"_s, u"Restaurantes y cafeterías"_s, 76101263, u"cafenunoa.cl"_s},
        {u"Hotelera Puerto Varas S.A."_s, u"Hoteles y alojamiento turístico"_s, 76151909, u"hotelpv.cl"_s},
        {u"Colegio Los Andes Ltda."_s, u"Enseñanza básica y media"_s, 77722337, u"colegiolosandes.cl"_s},
        {u"Agrícola Valle del Elqui SpA"_s, u"Cultivo de uva y frutales"_s, 77123826, u"valleelqui.cl"_s},
        {u"Consultora Mapocho SpA"_s, u"Consultoría en gestión empresarial"_s, 76197405, u"mapocho.cl"_s},
        {u"Ferretería El Roble SpA"_s, u"Venta al por menor de ferretería"_s, 76766905, u"elroble.cl"_s},
        {u"Estudio Creativo Lastarria SpA"_s, u"Servicios de diseño y publicidad"_s, 77222195, u"lastarria.cl"_s},
        {u"Taller Textil Chiloé Ltda."_s, u"Confección de prendas de vestir"_s, 76121632, u"textilchiloe.cl"_s},
        {u"Sociedad Comercial Austral Ltda."_s, u"Comercio al por menor"_s, 77907787, u"comaustral.cl"_s},
    };
    return list;
}

const QStringList &DemoVocabulary::emailDomains()
{
    static const QStringList list = {u"gmail.com"_s, u"hotmail.com"_s, u"outlook.com"_s,
                                     u"yahoo.es"_s,  u"icloud.com"_s,  u"vtr.net"_s};
    return list;
}

} // namespace puente::fakes
