#pragma once

namespace puente {
class Journal;
}
namespace puente::fakes {
class OrderShop;
}

namespace puente::test {

/**
 * Writes the `erp_variants` and `links` rows the order pipeline reads for every item of an
 * OrderShop, as the catalogue side would have stored the user's links. Lives with the tests,
 * not with the fakes: the fakes serve HTTP and know nothing of Puente's journal.
 * Stateless; call it on the journal's thread.
 */
class OrderShopLinks
{
public:
    static bool write(const fakes::OrderShop &shop, const Journal &journal);
};

} // namespace puente::test
