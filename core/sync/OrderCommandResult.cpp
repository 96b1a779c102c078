#include "sync/OrderCommandResult.h"

#include <QtCore/QMetaEnum>

namespace puente {

QString OrderCommandResult::commandName(Command command)
{
    return QString::fromLatin1(QMetaEnum::fromType<Command>().valueToKey(int(command)));
}

} // namespace puente
