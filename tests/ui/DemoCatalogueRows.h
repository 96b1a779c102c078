#pragma once

// The demo shop (tests/fakes/seed) as journal rows, the way a first sync would leave them:
// both catalogues, links where the SKUs agree, and the duplicated store SKUs left for a person.

namespace puente::fakes {
struct DemoShopData;
}

namespace puente::test {

class CatalogFixture;

/** Fills `fixture` from `data`; false on an SQL failure. */
bool fillFromDemoShop(const CatalogFixture &fixture, const fakes::DemoShopData &data);

} // namespace puente::test
