#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace puente {

/**
 * What one inbox command did (OrderPipeline's retry, issue, edit billing data, mark issued by
 * hand), for the GUI's status line and for tests. A value type that crosses threads.
 */
struct OrderCommandResult
{
    Q_GADGET

public:
    enum class Command : quint8 { Retry, RetryAll, Issue, IssueAll, EditBilling, MarkIssuedByHand };
    Q_ENUM(Command)

    Command command = Command::Retry;
    qint64 orderId = 0; ///< 0 for the "all" commands
    bool ok = false;
    int affected = 0; ///< orders the command acted on
    QString message; ///< for people, Spanish

    static QString commandName(Command command);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::OrderCommandResult)
