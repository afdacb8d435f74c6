<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Select one or more orders on the board first.</source>
        <translation>请先在看板上选择一个或多个订单。</translation>
    </message>
    <message>
        <source>Print packing slips</source>
        <translation>打印装箱单</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>打印拣货单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Packing slips…</source>
        <translation>装箱单…</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>面单…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>拣货单…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Printer setup…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing %v of %m</source>
        <translation>正在打印第 %v 个，共 %m 个</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
    <message>
        <source>Sent %1 to %2 (job %3).</source>
        <translation>已将 %1 发送到 %2（任务 %3）。</translation>
    </message>
    <message>
        <source>Print packing slip</source>
        <translation>打印装箱单</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>4×6 in label</source>
        <translation>4×6 英寸面单</translation>
    </message>
    <message>
        <source>100×150 mm label</source>
        <translation>100×150 毫米面单</translation>
    </message>
    <message>
        <source>A4 sheet of four labels</source>
        <translation>A4 纸（每张四个面单）</translation>
    </message>
    <message>
        <source>{size}, thermal printer (ZPL {dpi} dpi)</source>
        <translation>{size}，热敏打印机（ZPL {dpi} dpi）</translation>
    </message>
    <message>
        <source>{size}, PDF</source>
        <translation>{size}，PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>（系统默认）</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>已停止：{reason}</translation>
    </message>
    <message>
        <source>looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>not found on this computer</source>
        <translation>此电脑上找不到</translation>
    </message>
    <message>
        <source>no printers found</source>
        <translation>未找到打印机</translation>
    </message>
    <message>
        <source>&amp;Carriers</source>
        <translation>承运商(&amp;C)</translation>
    </message>
    <message>
        <source>Carrier settings…</source>
        <translation>承运商设置…</translation>
    </message>
    <message>
        <source>Buy label for the selected order…</source>
        <translation>为选中的订单购买面单…</translation>
    </message>
    <message>
        <source>Sync tracking now</source>
        <translation>立即同步物流</translation>
    </message>
    <message>
        <source>Buy label…</source>
        <translation>购买面单…</translation>
    </message>
    <message>
        <source>Carrier settings saved.</source>
        <translation>承运商设置已保存。</translation>
    </message>
    <message>
        <source>Select an order on the board first.</source>
        <translation>请先在看板上选择一个订单。</translation>
    </message>
    <message>
        <source>A tracking sync is already running.</source>
        <translation>物流同步已在进行中。</translation>
    </message>
    <message>
        <source>Syncing tracking…</source>
        <translation>正在同步物流…</translation>
    </message>
    <message>
        <source>Syncing tracking %1/%2</source>
        <translation>正在同步物流 %1/%2</translation>
    </message>
    <message>
        <source>Tracking is being synced on another PC right now</source>
        <translation>另一台电脑正在同步物流跟踪</translation>
    </message>
    <message>
        <source>Tracking synced elsewhere: %1</source>
        <translation>物流已在其他地方同步：%1</translation>
    </message>
    <message>
        <source>Tracking: %1 of %2 shipments checked, %3 new events, %4 orders moved</source>
        <translation>物流：已检查 %2 个运单中的 %1 个，新增事件 %3 条，移动订单 %4 个</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>carriers not set up: %1 (Carriers → Carrier settings)</source>
        <translation>未设置承运商：%1（承运商 → 承运商设置）</translation>
    </message>
    <message>
        <source>Sync tracking</source>
        <translation>同步物流</translation>
    </message>
    <message>
        <source>Tracking sync failed</source>
        <translation>物流同步失败</translation>
    </message>
    <message>
        <source>Tracking sync failed: %1</source>
        <translation>物流同步失败：%1</translation>
    </message>
    <message>
        <source>Buy a carrier label for this order (Ctrl+L)</source>
        <translation>为此订单购买承运商面单 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then buy the label.</source>
        <translation>请先保存或撤销您的修改，再购买标签。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>部分接受</translation>
    </message>
    <message>
        <source>Answer today</source>
        <translation>今天答复</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>网关 id</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown — check</source>
        <translation>未知 — 请核实</translation>
    </message>
    <message>
        <source>held (quiet hours or limit)</source>
        <translation>暂缓（免打扰时段或达到上限）</translation>
    </message>
    <message>
        <source>waiting for a missing value</source>
        <translation>等待缺失的值</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>已收到订单</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>订单已确认</translation>
    </message>
    <message>
        <source>Awaiting payment (payment link)</source>
        <translation>待付款（付款链接）</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>付款提醒</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Ready for pickup (pickup code)</source>
        <translation>待自提（取件码）</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped (tracking number and link)</source>
        <translation>已发货（运单号和链接）</translation>
    </message>
    <message>
        <source>In transit (tracking)</source>
        <translation>运输中（跟踪）</translation>
    </message>
    <message>
        <source>Delayed (carrier or desk)</source>
        <translation>延迟（承运商或店内）</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已自提</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Review request (after completion)</source>
        <translation>邀请评价（完成后）</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Back in stock (the order is being packed)</source>
        <translation>已到货（订单配货中）</translation>
    </message>
    <message>
        <source>Out of stock: wait or cancel?</source>
        <translation>缺货：等待还是取消？</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>已申请退货</translation>
    </message>
    <message>
        <source>Return accepted (send the parcel)</source>
        <translation>退货已同意（请寄回包裹）</translation>
    </message>
    <message>
        <source>Return rejected (the reason)</source>
        <translation>退货被拒绝（原因）</translation>
    </message>
    <message>
        <source>Return label (the return parcel&apos;s number)</source>
        <translation>退货面单（退货包裹号）</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>退货已收到</translation>
    </message>
    <message>
        <source>Refund sent (the amount)</source>
        <translation>退款已发出（金额）</translation>
    </message>
    <message>
        <source>Replacement order for a return</source>
        <translation>退货的换货订单</translation>
    </message>
    <message>
        <source>Complaint received (answer date)</source>
        <translation>已收到投诉（答复日期）</translation>
    </message>
    <message>
        <source>Complaint answered (the decision)</source>
        <translation>投诉已答复（处理决定）</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>测试消息</translation>
    </message>
    <message>
        <source>Alert to the manager</source>
        <translation>给经理的提醒</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>As for all delivery methods; ticking gives this method its own rule</source>
        <translation>与所有配送方式相同；勾选后此方式使用单独规则</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>Add WooCommerce store…</source>
        <translation>添加 WooCommerce 店铺…</translation>
    </message>
    <message>
        <source>Sync stores now</source>
        <translation>立即同步店铺</translation>
    </message>
    <message>
        <source>Sync the last days…</source>
        <translation>同步最近几天…</translation>
    </message>
    <message>
        <source>Stores…</source>
        <translation>店铺…</translation>
    </message>
    <message>
        <source>Store mappings…</source>
        <translation>店铺映射…</translation>
    </message>
    <message>
        <source>Store %1 connected; syncing.</source>
        <translation>店铺 %1 已连接，正在同步。</translation>
    </message>
    <message>
        <source>Only the owner can change a store&apos;s mappings: sign in as the owner first.</source>
        <translation>只有店主可以修改店铺映射：请先以店主身份登录。</translation>
    </message>
    <message>
        <source>Mappings of store %1 saved.</source>
        <translation>店铺 %1 的映射已保存。</translation>
    </message>
    <message>
        <source>The round failed; see the log.</source>
        <translation>本轮同步失败，请查看日志。</translation>
    </message>
    <message>
        <source>Syncing the web stores</source>
        <translation>正在同步网店</translation>
    </message>
    <message>
        <source>Stores: %1 new orders, %2 updates sent</source>
        <translation>店铺：新订单 %1 个，已发送更新 %2 条</translation>
    </message>
    <message>
        <source>%1 failed, read again next round (Channels → Stores…)</source>
        <translation>%1 个失败，下一轮重新读取（渠道 → 店铺…）</translation>
    </message>
    <message>
        <source>%1 refused by the store: %2 (the order window says why)</source>
        <translation>%1 个被店铺拒绝：%2（原因见订单窗口）</translation>
    </message>
    <message>
        <source>Stores: ⚠ %1</source>
        <translation>网店：⚠ %1</translation>
    </message>
    <message>
        <source>Syncing the web stores failed</source>
        <translation>网店同步失败</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>商品…</translation>
    </message>
    <message>
        <source>Receive stock…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Re-order list…</source>
        <translation>补货清单…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>重量，克</translation>
    </message>
    <message>
        <source>Archived: hidden from search and the re-order list</source>
        <translation>已归档：不出现在搜索和补货清单中</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>当前库存</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>已完成订单</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>（无供应商）</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待时间</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>will wait</source>
        <translation>愿意等待</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>asked, no answer yet</source>
        <translation>已询问，尚未回复</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>退货包裹</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Enter the tracking number and the return it belongs to.</source>
        <translation>请输入运单号及其所属的退货。</translation>
    </message>
    <message>
        <source>Return parcel…</source>
        <translation>退货包裹…</translation>
    </message>
    <message>
        <source>Track the parcel the customer sends back (a return made in the carrier&apos;s panel or posted)</source>
        <translation>跟踪客户寄回的包裹（在承运商平台办理或自行寄出的退货）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Create return…</source>
        <translation>创建退货…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Slip PDF…</source>
        <translation>单据 PDF…</translation>
    </message>
    <message>
        <source>Get a return label</source>
        <translation>获取退货面单</translation>
    </message>
    <message>
        <source>The carrier&apos;s return label (InPost, CDEK); other orders get the slip</source>
        <translation>承运商退货面单（InPost、CDEK）；其他订单使用退货单</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>换货…</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>换货 %1</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>退货 (%1)</translation>
    </message>
    <message>
        <source>Save return slip</source>
        <translation>保存退货单</translation>
    </message>
    <message>
        <source>This order has no return yet.</source>
        <translation>此订单尚无退货。</translation>
    </message>
    <message>
        <source>Return slip saved: %1</source>
        <translation>退货单已保存：%1</translation>
    </message>
    <message>
        <source>No return label</source>
        <translation>没有退货面单</translation>
    </message>
    <message>
        <source>Save the return slip now?</source>
        <translation>现在保存退货单吗？</translation>
    </message>
    <message>
        <source>Return label for %1: %2 parcel %3.</source>
        <translation>%1 的退货面单：%2 包裹 %3。</translation>
    </message>
    <message>
        <source>The label file could not be downloaded; ask again.</source>
        <translation>无法下载面单文件；请重新获取。</translation>
    </message>
    <message>
        <source>Not printed on %1: %2</source>
        <translation>未在 %1 上打印：%2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>Asking the carrier for a return label…</source>
        <translation>正在向承运商申请退货面单…</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>换货退货 %1</translation>
    </message>
    <message>
        <source>Send instead (SKU:QTY, …):</source>
        <translation>改发商品（SKU:QTY, …）：</translation>
    </message>
    <message>
        <source>This order has no return to exchange.</source>
        <translation>此订单没有可换货的退货。</translation>
    </message>
    <message>
        <source>Replacement order %1 made for return %2.</source>
        <translation>已为退货 %2 创建换货订单 %1。</translation>
    </message>
    <message>
        <source>This order has no return to refund.</source>
        <translation>此订单没有可退款的退货。</translation>
    </message>
    <message>
        <source>Return %1 created.</source>
        <translation>退货 %1 已创建。</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1，剩余 %2</translation>
    </message>
    <message>
        <source>%1 (paid back by hand)</source>
        <translation>%1（手动退还）</translation>
    </message>
    <message>
        <source>Refund %1 recorded for %2.</source>
        <translation>已为 %2 记录退款 %1。</translation>
    </message>
    <message>
        <source>Pay it back by hand (%1).</source>
        <translation>请手动退还（%1）。</translation>
    </message>
    <message>
        <source>%1 is left for later.</source>
        <translation>%1 留待稍后退还。</translation>
    </message>
    <message>
        <source>Receive a return…</source>
        <translation>接收退货…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>尚未连接任何店铺：渠道 → 添加 WooCommerce 店铺…</translation>
    </message>
    <message>
        <source>Store %1:</source>
        <translation>店铺 %1：</translation>
    </message>
    <message>
        <source>another desk is syncing this store right now; try again in a minute.</source>
        <translation>另一工位正在同步此店铺；请一分钟后再试。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 on hold, %4 unchanged</source>
        <translation>新增 %1，更新 %2，搁置 %3，未变 %4</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <source>skipped: %1 finished in the store before the desk saw them, %2 abandoned checkouts</source>
        <translation>已跳过：在订单台看到之前已在店铺中完成的 %1 个，放弃结账的 %2 个</translation>
    </message>
    <message>
        <source>sent to the store: %1, to retry: %2, refused: %3</source>
        <translation>已发送到店铺：%1，待重试：%2，被拒绝：%3</translation>
    </message>
    <message>
        <source>Sync the last days</source>
        <translation>同步最近几天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Reads every store order changed in these days, finished ones included, besides the open ones. Orders the desk has already are not imported again.</source>
        <translation>除未完成的订单外，还会读取这些天内有变动的所有店铺订单（包括已完成的）。订单台中已有的订单不会重复导入。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Orders changed in the last</source>
        <translation>最近多少天内变动的订单</translation>
    </message>
    <message>
        <source>A round is running already; start this one when it has finished.</source>
        <translation>已有一轮同步正在进行；请在其结束后再开始本次同步。</translation>
    </message>
    <message>
        <source>Syncing… (the window stays usable; this may take a while for many days)</source>
        <translation>正在同步…（窗口仍可使用；天数较多时可能需要一些时间）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Say yes: the customer sends the parcel back</source>
        <translation>同意：顾客将包裹寄回</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Say no, with the reason the customer reads</source>
        <translation>拒绝，并附上顾客会看到的原因</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Nothing more to do (e.g. the customer keeps the item)</source>
        <translation>无需再处理（例如顾客保留商品）</translation>
    </message>
    <message>
        <source>Return %1 accepted.</source>
        <translation>退货 %1 已同意。</translation>
    </message>
    <message>
        <source>Reject return %1</source>
        <translation>拒绝退货 %1</translation>
    </message>
    <message>
        <source>Why is it rejected? (the customer reads this)</source>
        <translation>为什么拒绝？（顾客会看到）</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>退货 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Close return %1</source>
        <translation>关闭退货 %1</translation>
    </message>
    <message>
        <source>Why is there nothing more to do?</source>
        <translation>为什么无需再处理？</translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation>退货 %1 已关闭。</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>已移入回收站</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>面单已创建</translation>
    </message>
    <message>
        <source>Handed to the carrier</source>
        <translation>已交给承运商</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>At the pickup point</source>
        <translation>已到自提点</translation>
    </message>
    <message>
        <source>Returning to us</source>
        <translation>正在退回</translation>
    </message>
    <message>
        <source>Returned to us</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>派送异常</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>运单已取消</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Pickup point or parcel locker</source>
        <translation>自提点或快递柜</translation>
    </message>
    <message>
        <source>Our own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Carrier (buy a label)</source>
        <translation>承运商（购买面单）</translation>
    </message>
</context>
<context>
    <name>AddStoreDialog</name>
    <message>
        <source>Add WooCommerce store</source>
        <translation>添加 WooCommerce 店铺</translation>
    </message>
    <message>
        <source>Automatic (Basic over HTTPS, OAuth 1.0a over HTTP)</source>
        <translation>自动（HTTPS 用 Basic，HTTP 用 OAuth 1.0a）</translation>
    </message>
    <message>
        <source>Keys in the address (hosts that strip the Authorization header)</source>
        <translation>密钥放在地址中（适用于会去掉 Authorization 头的主机）</translation>
    </message>
    <message>
        <source>Send the desk&apos;s available stock to the store&apos;s products (matched by SKU)</source>
        <translation>将可用库存同步到网店商品（按 SKU 匹配）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Create the key in WooCommerce → Settings → Advanced → REST API with Read/Write permission. The secret is kept in this computer&apos;s keyring and only ever sent to this site.</source>
        <translation>在 WooCommerce → 设置 → 高级 → REST API 中创建具有读/写权限的密钥。密钥保存在本机的密钥环中，只会发送到此网站。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Testing the store connection</source>
        <translation>正在测试店铺连接</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Connecting the store</source>
        <translation>正在连接店铺</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log.</source>
        <translation>检查意外失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <source>Confirm new orders that need no call (paid online, in stock, address complete)</source>
        <translation>自动确认无需致电的新订单（已在线付款、有货、地址完整）</translation>
    </message>
    <message>
        <source>A customer&apos;s first order needs a call</source>
        <translation>客户的首个订单需要电话确认</translation>
    </message>
    <message>
        <source>e.g. numbers that refused parcels before</source>
        <translation>例如以前拒收过包裹的号码</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>+48 600 123 456, +7 916 000 00 00</source>
        <translation>+48 600 123 456, +7 916 000 00 00</translation>
    </message>
    <message>
        <source>Priority orders</source>
        <translation>优先订单</translation>
    </message>
    <message>
        <source>Express delivery methods</source>
        <translation>加急配送方式</translation>
    </message>
    <message>
        <source>VIP customers&apos; phones, comma-separated</source>
        <translation>VIP 客户电话，用逗号分隔</translation>
    </message>
    <message>
        <source>Besides these, a customer ticked VIP in the order window is a VIP.</source>
        <translation>此外，在订单窗口中勾选了 VIP 的顾客也是 VIP。</translation>
    </message>
    <message>
        <source>Orders over this total (0 = off)</source>
        <translation>订单金额超过此值（0 = 关闭）</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Only up to this total (0 = any)</source>
        <translation>仅限不超过此金额（0 = 不限）</translation>
    </message>
    <message>
        <source>Flagged phones that always need a call, comma-separated</source>
        <translation>始终需要电话确认的标记号码，用逗号分隔</translation>
    </message>
    <message>
        <source>Unpaid orders</source>
        <translation>未付款订单</translation>
    </message>
    <message>
        <source>First reminder after, hours (0 = none)</source>
        <translation>首次提醒间隔（小时，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Second reminder after, hours (0 = none)</source>
        <translation>第二次提醒间隔（小时，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Cancel after, days (0 = never)</source>
        <translation>取消期限（天，0 = 从不）</translation>
    </message>
    <message>
        <source>Waiting orders</source>
        <translation>等待中的订单</translation>
    </message>
    <message>
        <source>Complete delivered and collected orders after, days (0 = never)</source>
        <translation>已签收和已自提订单自动完成期限（天，0 = 从不）</translation>
    </message>
    <message>
        <source>Tell the manager about orders waiting longer than, hours (0 = never)</source>
        <translation>订单等待超过多少小时时通知经理（0 = 从不）</translation>
    </message>
    <message>
        <source>e.g. new=4, packed=24</source>
        <translation>例如 new=4, packed=24</translation>
    </message>
    <message>
        <source>Other targets for single statuses, hours</source>
        <translation>单个状态的其他目标时长（小时）</translation>
    </message>
    <message>
        <source>Run the rules every, minutes</source>
        <translation>规则运行间隔（分钟）</translation>
    </message>
    <message>
        <source>What would the next round do?</source>
        <translation>下一轮会做什么？</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查看…</translation>
    </message>
</context>
<context>
    <name>AutomationMenu</name>
    <message>
        <source>Automation…</source>
        <translation>自动化…</translation>
    </message>
</context>
<context>
    <name>AutomationSchedule</name>
    <message>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message numerus="yes">
        <source>Automation: %n order(s) handled</source>
        <translation>
            <numerusform>自动化：已处理 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>The automation round failed: %1</source>
        <translation>自动化轮次失败：%1</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Sending customer messages…</source>
        <translation>正在向顾客发送消息…</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>No order on this tab matches the search and filters: look on the other tab too.</source>
        <translation>此标签页中没有符合搜索和筛选条件的订单：也请查看另一个标签页。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移至“%1”</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>退回到“%1”（店主）</translation>
    </message>
</context>
<context>
    <name>BuyLabelDialog</name>
    <message>
        <source>Buy label</source>
        <translation>购买面单</translation>
    </message>
    <message>
        <source>locker or pickup point code</source>
        <translation>快递柜或自提点代码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Prefilled with one parcel of the order&apos;s weight; change it after weighing, add a row per box.</source>
        <translation>已预填一个包裹，重量取自订单；称重后请修改，每个箱子添加一行。</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Get rates</source>
        <translation>获取运费</translation>
    </message>
    <message>
        <source>Open label</source>
        <translation>打开面单</translation>
    </message>
    <message>
        <source>Download label again</source>
        <translation>重新下载面单</translation>
    </message>
    <message>
        <source>Cancel shipment…</source>
        <translation>取消运单…</translation>
    </message>
    <message>
        <source>Move to shipped</source>
        <translation>移至“已发货”</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <source>Buy label — %1</source>
        <translation>购买面单 — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 item(s)</source>
        <translation>%1 · %2 · %3 件商品</translation>
    </message>
    <message>
        <source>%1 does not quote prices: pick a service.</source>
        <translation>%1 不提供报价：请选择服务。</translation>
    </message>
    <message>
        <source>Fix the parcels to get rates.</source>
        <translation>请先修正包裹信息再获取运费。</translation>
    </message>
    <message>
        <source>Getting new rates…</source>
        <translation>正在获取新的运费…</translation>
    </message>
    <message>
        <source>Pick a rate; the cheapest is first.</source>
        <translation>请选择运费；最便宜的排在最前。</translation>
    </message>
    <message>
        <source>No rates for this parcel and address.</source>
        <translation>此包裹和地址没有可用运费。</translation>
    </message>
    <message>
        <source>Rates could not be fetched: %1</source>
        <translation>无法获取运费：%1</translation>
    </message>
    <message>
        <source>Getting rates…</source>
        <translation>正在获取运费…</translation>
    </message>
    <message>
        <source>Buying the label from %1…</source>
        <translation>正在向 %1 购买面单…</translation>
    </message>
    <message>
        <source>Buying a label…</source>
        <translation>正在购买面单…</translation>
    </message>
    <message>
        <source>The purchase failed unexpectedly; nothing was stored here.</source>
        <translation>购买意外失败；此处未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 %2 — tracking number &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2 — 运单号 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>found at the carrier from an earlier attempt: nothing new was bought</source>
        <translation>已在承运商处找到之前的购买：未重复购买</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>面单：%1</translation>
    </message>
    <message>
        <source>no label file (print the shop&apos;s own label)</source>
        <translation>没有面单文件（请打印店铺自己的面单）</translation>
    </message>
    <message>
        <source>Order %1 is picked up at the shop; it needs no label.</source>
        <translation>订单 %1 为到店自提；无需面单。</translation>
    </message>
    <message>
        <source>Order %1 is %2: labels are bought while it is assembled or packed.</source>
        <translation>订单 %1 的状态是“%2”：面单需在配货中或已打包时购买。</translation>
    </message>
    <message>
        <source>Downloading the label…</source>
        <translation>正在下载面单…</translation>
    </message>
    <message>
        <source>Cancel the %1 shipment %2 at the carrier? The label can no longer be used.</source>
        <translation>要在承运商处取消 %1 运单 %2 吗？面单将无法再使用。</translation>
    </message>
    <message>
        <source>Shipment %1 cancelled.</source>
        <translation>运单 %1 已取消。</translation>
    </message>
    <message>
        <source>Cancelling the shipment…</source>
        <translation>正在取消运单…</translation>
    </message>
    <message>
        <source>Moved to shipped.</source>
        <translation>已移至“已发货”。</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>取消运单</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>稍后付款</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>card age in minutes, compact</comment>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>card age in hours, compact</comment>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>card age in days, compact</comment>
        <translation>%1天</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件商品</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>已申请退货</translation>
    </message>
    <message>
        <source>Return: awaiting parcel</source>
        <translation>退货：等待包裹</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>退货已收到</translation>
    </message>
    <message>
        <source>Return partly refunded</source>
        <translation>退货已部分退款</translation>
    </message>
    <message>
        <source>Return refunded</source>
        <translation>退货已退款</translation>
    </message>
    <message>
        <source>Return exchanged</source>
        <translation>退货已换货</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>退货已关闭</translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation>退货已拒绝</translation>
    </message>
</context>
<context>
    <name>CarrierSettingsDialog</name>
    <message>
        <source>Carrier settings</source>
        <translation>承运商设置</translation>
    </message>
    <message>
        <source>Tracking &amp;&amp; labels</source>
        <translation>物流 &amp;&amp; 面单</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式环境</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>测试环境（沙箱）</translation>
    </message>
    <message>
        <source>Custom (a local test server…)</source>
        <translation>自定义（本地测试服务器…）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>checking the keyring…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>默认服务</translation>
    </message>
    <message>
        <source>Sender: the shop&apos;s name, address and phone from Settings (Ctrl+,).</source>
        <translation>寄件人：来自设置 (Ctrl+,) 的店铺名称、地址和电话。</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Reading carrier settings…</source>
        <translation>正在读取承运商设置…</translation>
    </message>
    <message>
        <source>stored in the keyring (type to replace)</source>
        <translation>已保存在密钥环中（输入即可替换）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keyring only.</source>
        <translation>密钥仅保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Not set yet: %1</source>
        <translation>尚未设置：%1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://.</source>
        <translation>服务器地址必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>Sync at most once a minute.</source>
        <translation>最多每分钟同步一次。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Saving carrier settings…</source>
        <translation>正在保存承运商设置…</translation>
    </message>
    <message>
        <source>Client id (Account)</source>
        <translation>Client id（账户）</translation>
    </message>
    <message>
        <source>Client secret (Secure password)</source>
        <translation>Client secret（安全密码）</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Drop-off point code (sender)</source>
        <translation>寄件网点代码（寄件人）</translation>
    </message>
    <message>
        <source>Sender city code</source>
        <translation>寄件城市代码</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>组织 id</translation>
    </message>
    <message>
        <source>Sync tracking every (minutes)</source>
        <translation>物流同步间隔（分钟）</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>面单格式</translation>
    </message>
    <message>
        <source>&apos;Delayed&apos; after days without news</source>
        <translation>无更新多少天后标记“延误”</translation>
    </message>
    <message>
        <source>Carrier time-out (seconds)</source>
        <translation>承运商超时（秒）</translation>
    </message>
    <message>
        <source>Default parcel size (LxWxH cm)</source>
        <translation>默认包裹尺寸（长x宽x高 厘米）</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>%1: click to show the column</source>
        <translation>%1：点击显示该列</translation>
    </message>
    <message>
        <source>Show the column</source>
        <translation>显示该列</translation>
    </message>
    <message>
        <source>Collapse the column to a narrow strip</source>
        <translation>将该列折叠为窄条</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesDialog</name>
    <message>
        <source>Complaint rules</source>
        <translation>投诉规则</translation>
    </message>
    <message>
        <source>COUNTRY=days, or COUNTRY:ask=days for one kind of claim (repair, replacement, refund, price_reduction); * for every other country. Polish law: 14 days to answer a complaint; Russian law: 10 days to meet a refund claim.</source>
        <translation>国家=天数，或 国家:ask=天数 用于某一类诉求（repair、replacement、refund、price_reduction）；* 表示其他所有国家。波兰法律：14 天内答复投诉；俄罗斯法律：10 天内满足退款要求。</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>答复期限（天）</translation>
    </message>
    <message>
        <source>Remind, days before</source>
        <translation>提前几天提醒</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>投诉 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>处理中，剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsMenu</name>
    <message>
        <source>Complaints…</source>
        <translation>投诉…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Decide…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Reading complaints…</source>
        <translation>正在读取投诉…</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 个未处理</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>正在保存处理决定…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <source>Recording the complaint…</source>
        <translation>正在登记投诉…</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>仅显示未结</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>Create return — order %1</source>
        <translation>创建退货 — 订单 %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Create return</source>
        <translation>创建退货</translation>
    </message>
    <message>
        <source>Note on the return:</source>
        <translation>退货备注：</translation>
    </message>
    <message>
        <source>How many of each item come back, and why:</source>
        <translation>每件商品退回多少件，原因是什么：</translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation>%1（已退 %2）</translation>
    </message>
    <message>
        <source>Set how many of at least one item come back.</source>
        <translation>请至少为一件商品填写退回数量。</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daily backup made: %1</source>
        <translation>每日备份已完成：%1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide complaint #%1</source>
        <translation>处理投诉 #%1</translation>
    </message>
    <message>
        <source>What the shop will do, or why not: the customer reads this</source>
        <translation>网店将如何处理，或为何不处理：客户会看到此内容</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Write the answer the customer receives.</source>
        <translation>填写客户将收到的答复。</translation>
    </message>
</context>
<context>
    <name>DemoFiller</name>
    <message>
        <source>Creating demo orders…</source>
        <translation>正在创建演示订单…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Creating demo orders… %1 of %2</source>
        <translation>正在创建演示订单… %1 / %2</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>请选择您的名字并输入 PIN 码。</translation>
    </message>
    <message>
        <source>{n} is signed out. Who is next?</source>
        <translation>{n} 已退出。下一位是谁？</translation>
    </message>
    <message>
        <source>Locked after a while without input.</source>
        <translation>长时间无操作，已锁定。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>{n} · {r}</source>
        <translation>{n} · {r}</translation>
    </message>
    <message>
        <source>Signed in as {n}.</source>
        <translation>已登录：{n}。</translation>
    </message>
    <message>
        <source>Sign-in failed: {e}</source>
        <translation>登录失败：{e}</translation>
    </message>
    <message>
        <source>OrderDesk — locked</source>
        <translation>OrderDesk — 已锁定</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>出错了：{error}。</translation>
    </message>
    <message>
        <source>The details are in {path}. Please send that file to your support contact.</source>
        <translation>详细信息在 {path} 中。请把该文件发送给您的技术支持。</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: number, name, phone, e-mail, tracking, SKU  (Ctrl+F)</source>
        <translation>搜索：订单号、姓名、电话、邮箱、运单号、SKU  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>所有配送方式</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>所有付款状态</translation>
    </message>
    <message>
        <source>Fully paid</source>
        <translation>已全额付款</translation>
    </message>
    <message>
        <source>Not fully paid</source>
        <translation>未全额付款</translation>
    </message>
    <message>
        <source>Waiting for prepayment</source>
        <translation>等待预付款</translation>
    </message>
    <message>
        <source>Pay on delivery / pickup / invoice</source>
        <translation>货到付款 / 自提付款 / 发票付款</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预付款</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Only orders on hold (out of stock, payment failed, address problem …) or waiting too long (late)</source>
        <translation>仅显示挂起的订单（缺货、付款失败、地址问题 …）或等待过久的订单（逾期）</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>Only the orders assigned to the signed-in person</source>
        <translation>仅显示分配给当前登录人员的订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>欢迎使用 OrderDesk</translation>
    </message>
    <message>
        <source>Where should this PC keep the shop&apos;s orders?</source>
        <translation>这台电脑将店铺订单保存在哪里？</translation>
    </message>
    <message>
        <source>This PC alone</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>A database file on this computer. For a shop with one desk; it can move to a server later.</source>
        <translation>本机上的数据库文件。适合只有一个工位的店铺，以后可迁移到服务器。</translation>
    </message>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>店铺数据库服务器</translation>
    </message>
    <message>
        <source>Several PCs (the office, the packing bench, the pickup counter) share one PostgreSQL database and see each other&apos;s changes at once.</source>
        <translation>多台电脑（办公室、打包台、自提柜台）共用一个 PostgreSQL 数据库，彼此的更改即时可见。</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Set up your shop</source>
        <translation>设置店铺</translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation>跳过向导</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>开始工作</translation>
    </message>
</context>
<context>
    <name>HeldBackBox</name>
    <message>
        <source>Orders this text cannot be filled for</source>
        <translation>无法为其填充此文本的订单</translation>
    </message>
    <message>
        <source>Checking the orders…</source>
        <translation>正在检查订单…</translation>
    </message>
    <message>
        <source>The orders could not be read.</source>
        <translation>无法读取订单。</translation>
    </message>
    <message>
        <source>Checked: the open orders.</source>
        <translation>已检查：未完成的订单。</translation>
    </message>
    <message>
        <source>Checked: orders in %1.</source>
        <translation>已检查：状态为 %1 的订单。</translation>
    </message>
    <message>
        <source>Every one has the values this text uses.</source>
        <translation>所有订单都具备此文本所用的值。</translation>
    </message>
    <message>
        <source>%1 would wait in the outbox · %2 would get the fallback text</source>
        <translation>%1 个将在发件箱等待 · %2 个将收到备用文本</translation>
    </message>
    <message>
        <source>shipped fallback</source>
        <translation>内置备用文本</translation>
    </message>
    <message>
        <source>fallback text</source>
        <translation>备用文本</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Orders (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation>订单 (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>正在导入订单</translation>
    </message>
    <message>
        <source>Imported %1 orders from %2.</source>
        <translation>已从 %2 导入 %1 个订单。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>Imported: %1 · already in the desk, skipped: %2 · rows to fix: %3</source>
        <translation>已导入：%1 · 已存在，跳过：%2 · 待修正行：%3</translation>
    </message>
    <message>
        <source>Imported, but check:</source>
        <translation>已导入，但请检查：</translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again: orders already imported are skipped, so nothing comes in twice. The format is described in docs/import-format.md.</source>
        <translation>请在文件中修正这些行后重新导入：已导入的订单会被跳过，不会重复导入。格式说明见 docs/import-format.md。</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Only %1 in stock: the order will wait for stock (out-of-stock hold).</source>
        <translation>库存仅有 %1：订单将等待到货（缺货搁置）。</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ 选择您的名字 · 输入 PIN 码 · Enter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>已关闭和退货</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Loading the board failed</source>
        <translation>看板加载失败</translation>
    </message>
    <message>
        <source>Loading the list failed</source>
        <translation>加载列表失败</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主菜单</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Go to the board</source>
        <translation>转到看板</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Shop setup guide…</source>
        <translation>店铺设置向导…</translation>
    </message>
    <message>
        <source>OrderDesk — 1 active order</source>
        <translation>OrderDesk — 1 个进行中的订单</translation>
    </message>
    <message numerus="yes">
        <source>OrderDesk — %Ln active orders</source>
        <translation>
            <numerusform>OrderDesk — %Ln 个进行中的订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n orders.</source>
        <translation>
            <numerusform>已移动 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can set up the shop: sign in as the owner first.</source>
        <translation>只有店主可以设置店铺：请先以店主身份登录。</translation>
    </message>
    <message>
        <source>Could not check for changes: %1</source>
        <translation>无法检查更新：%1</translation>
    </message>
    <message>
        <source>Moved 1 order.</source>
        <translation>已移动 1 个订单。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n, refused %1 — </source>
        <translation>
            <numerusform>已移动 %n 个，%1 个被拒绝 — </numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>订单 %1 已创建。</translation>
    </message>
    <message>
        <source>A new, empty database was made at %1. Is that the file you meant?</source>
        <translation>已在 %1 新建了一个空数据库。您要打开的是这个文件吗？</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Select a message to see its whole text and what happened to it.</source>
        <translation>选择一条消息，查看全文及处理情况。</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>重新发送…</translation>
    </message>
    <message>
        <source>Send this message again, as a new message written to the history</source>
        <translation>作为新消息重新发送，并写入历史记录</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>It did not arrive</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>After checking the gateway&apos;s own log: close this &apos;unknown — check&apos; message</source>
        <translation>查看网关自己的日志后：关闭这条“未知 — 请核实”的消息</translation>
    </message>
    <message>
        <source>Reading messages…</source>
        <translation>正在读取消息…</translation>
    </message>
    <message>
        <source>Could not read the messages: {e}</source>
        <translation>无法读取消息：{e}</translation>
    </message>
    <message>
        <source>#{id} · {channel} to {to} · {status}</source>
        <translation>#{id} · {channel} 发往 {to} · {status}</translation>
    </message>
    <message>
        <source>Queued {created}, sent {sent}, attempts {n}</source>
        <translation>入队 {created}，发送 {sent}，尝试 {n} 次</translation>
    </message>
    <message>
        <source>Gateway {g}, id {i}</source>
        <translation>网关 {g}，id {i}</translation>
    </message>
    <message>
        <source>{enc}, {n} SMS part(s)</source>
        <translation>{enc}，{n} 条短信</translation>
    </message>
    <message>
        <source>Last delivery report from the gateway: {r}</source>
        <translation>网关最近的送达报告：{r}</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>错误：{e}</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Send this {channel} to {to} again? It goes out as a new message and is written to the order&apos;s history.</source>
        <translation>要将此{channel}重新发送到 {to} 吗？它将作为新消息发出并写入订单历史。</translation>
    </message>
    <message>
        <source>Queueing the message…</source>
        <translation>正在将消息加入队列…</translation>
    </message>
    <message>
        <source>Recording the check…</source>
        <translation>正在记录核实结果…</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>as the rules say</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>SMS only</source>
        <translation>仅短信</translation>
    </message>
    <message>
        <source>E-mail only</source>
        <translation>仅邮件</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>不发短信</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>不发邮件</translation>
    </message>
    <message>
        <source>The customer asked not to get SMS (a gateway&apos;s &apos;unsubscribed&apos; also ticks it)</source>
        <translation>顾客要求不接收短信（网关的“退订”也会勾选此项）</translation>
    </message>
    <message>
        <source>Every SMS and e-mail of this order, newest first.</source>
        <translation>此订单的所有短信和邮件，最新在前。</translation>
    </message>
    <message>
        <source>Customer gets</source>
        <translation>顾客接收</translation>
    </message>
    <message>
        <source>⚠ invalid phone number: no SMS</source>
        <translation>⚠ 电话号码无效：不发短信</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>消息（{n}）</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Reading orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <source>Moving orders…</source>
        <translation>正在移动订单…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move order %1</source>
        <translation>移动订单 %1</translation>
    </message>
    <message>
        <source>Move order &lt;b&gt;%1&lt;/b&gt; from %2 to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>将订单 &lt;b&gt;%1&lt;/b&gt; 从“%2”移至“&lt;b&gt;%3&lt;/b&gt;”。</translation>
    </message>
    <message>
        <source>Hand over without the code (owner; give a reason)</source>
        <translation>无取件码交付（店主；需填写原因）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Money received (%1)</source>
        <translation>已收款（%1）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason (without the code only)</source>
        <translation>原因（仅限无取件码时）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Say why: a reason is required for this move.</source>
        <translation>请说明原因：此操作必须填写原因。</translation>
    </message>
    <message>
        <source>Enter the tracking number from the label or the courier.</source>
        <translation>请输入面单上或快递员提供的运单号。</translation>
    </message>
    <message>
        <source>Enter the code the customer has.</source>
        <translation>请输入顾客手中的取件码。</translation>
    </message>
    <message>
        <source>Handing over without the code needs a reason.</source>
        <translation>无取件码交付需要填写原因。</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint on order %1</source>
        <translation>订单 %1 的新投诉</translation>
    </message>
    <message>
        <source>What the customer says is wrong, in their words</source>
        <translation>客户所述的问题（客户原话）</translation>
    </message>
    <message>
        <source>optional, e.g. R-000012</source>
        <translation>可选，例如 R-000012</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>The answer date follows the country&apos;s rule (Settings: complaints.answer_days).</source>
        <translation>答复日期遵循所在国家的规则（设置：complaints.answer_days）。</translation>
    </message>
    <message>
        <source>Write the customer&apos;s claim.</source>
        <translation>请填写客户的诉求。</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New phone order</source>
        <translation>新建电话订单</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>发货国家</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Carrier (parcel)</source>
        <translation>承运商（包裹）</translation>
    </message>
    <message>
        <source>Pickup point / parcel locker</source>
        <translation>自提点 / 快递柜</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Pickup point *</source>
        <translation>自提点 *</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Street *</source>
        <translation>街道 *</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>街道（2）</translation>
    </message>
    <message>
        <source>Postcode *</source>
        <translation>邮编 *</translation>
    </message>
    <message>
        <source>City *</source>
        <translation>城市 *</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省份 / 地区</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>国家 *</translation>
    </message>
    <message>
        <source>No address needed for this delivery method.</source>
        <translation>此配送方式无需地址。</translation>
    </message>
    <message>
        <source>Prepaid online</source>
        <translation>在线预付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Pay on pickup</source>
        <translation>自提时付款</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票付款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>添加商品：输入 SKU 或名称，或扫描条码，然后按 Enter</translation>
    </message>
    <message>
        <source>Items *</source>
        <translation>商品 *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create order (Ctrl+Enter)</source>
        <translation>创建订单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not a valid phone number: include the country code, e.g. +48 600 123 456.</source>
        <translation>电话号码无效：请包含国家区号，例如 +48 600 123 456。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>这不是有效的邮箱地址（name@example.com）。</translation>
    </message>
    <message>
        <source>Items %1 + shipping %2 = &lt;b&gt;total %3&lt;/b&gt; · due %4</source>
        <translation>商品 %1 + 运费 %2 = &lt;b&gt;合计 %3&lt;/b&gt; · 应付 %4</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的商品。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入顾客姓名。</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail, so the customer hears from us.</source>
        <translation>请填写电话或邮箱，以便顾客收到我们的通知。</translation>
    </message>
    <message>
        <source>Enter the street and number.</source>
        <translation>请输入街道和门牌号。</translation>
    </message>
    <message>
        <source>Enter the postcode.</source>
        <translation>请输入邮编。</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>请输入城市。</translation>
    </message>
    <message>
        <source>Enter the country code, e.g. PL.</source>
        <translation>请输入国家代码，例如 PL。</translation>
    </message>
    <message>
        <source>Enter the pickup point code.</source>
        <translation>请输入自提点代码。</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>请至少添加一件商品。</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>正在保存订单…</translation>
    </message>
    <message>
        <source>This order is not created yet. Press Esc or Cancel again to discard it; Ctrl+Enter creates it.</source>
        <translation>此订单尚未创建。再按一次 Esc 或“取消”将放弃它；按 Ctrl+Enter 创建订单。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation>时间与频率</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Reading settings…</source>
        <translation>正在读取设置…</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS（端口 465）</translation>
    </message>
    <message>
        <source>none (local test server only)</source>
        <translation>无（仅限本地测试服务器）</translation>
    </message>
    <message>
        <source>Send customer notifications</source>
        <translation>向顾客发送通知</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>短信网关</translation>
    </message>
    <message>
        <source>&lt;b&gt;Twilio&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twilio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>From number or sender ID</source>
        <translation>发送号码或发件人 ID</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS.ru&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMS.ru&lt;/b&gt;</translation>
    </message>
    <message>
        <source>api_id</source>
        <translation>api_id</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth 令牌</translation>
    </message>
    <message>
        <source>E-mail goes out through your mail server (SMTP).</source>
        <translation>邮件通过您的邮件服务器（SMTP）发送。</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发件地址</translation>
    </message>
    <message>
        <source>Manager&apos;s address for alerts</source>
        <translation>经理接收提醒的地址</translation>
    </message>
    <message>
        <source>Quiet hours (no SMS), e.g. 21:00-08:00</source>
        <translation>免打扰时段（不发短信），例如 21:00-08:00</translation>
    </message>
    <message>
        <source>Time zone (empty: this PC&apos;s)</source>
        <translation>时区（留空：使用此电脑的时区）</translation>
    </message>
    <message>
        <source>At most messages per order per day</source>
        <translation>每个订单每天最多消息数</translation>
    </message>
    <message>
        <source>Payment reminder after hours (0: never)</source>
        <translation>多少小时后提醒付款（0：从不）</translation>
    </message>
    <message>
        <source>Try the other channel when one fails</source>
        <translation>一个渠道失败时尝试另一个</translation>
    </message>
    <message>
        <source>Give up after temporary failures</source>
        <translation>临时失败多少次后放弃</translation>
    </message>
    <message>
        <source>Payment page link</source>
        <translation>付款页面链接</translation>
    </message>
    <message>
        <source>Tracking page link</source>
        <translation>物流跟踪页面链接</translation>
    </message>
    <message>
        <source>your own phone number or e-mail address</source>
        <translation>您自己的电话号码或邮箱地址</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <source>Saves the settings above, then sends one message now through the chosen gateway.</source>
        <translation>先保存上面的设置，然后立即通过所选网关发送一条消息。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Opening the keyring…</source>
        <translation>正在打开密钥环…</translation>
    </message>
    <message>
        <source>Deleted from the keyring.</source>
        <translation>已从密钥环中删除。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saving notification settings…</source>
        <translation>正在保存通知设置…</translation>
    </message>
    <message>
        <source>Not sent: the settings were not saved.</source>
        <translation>未发送：设置未保存。</translation>
    </message>
    <message>
        <source>Write where the test message goes.</source>
        <translation>请填写测试消息的接收地址。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <source>Sent. The gateway answered: status {s}, message id {i}.</source>
        <translation>已发送。网关应答：状态 {s}，消息 id {i}。</translation>
    </message>
    <message>
        <source>Not sent: {e}</source>
        <translation>未发送：{e}</translation>
    </message>
    <message>
        <source>The notification settings have changes that are not saved.</source>
        <translation>通知设置有未保存的更改。</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>Customer messages that failed or need a check; open Messages ▸ Outbox</source>
        <translation>发送失败或需要核实的顾客消息；请打开“消息 ▸ 发件箱”</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>发件箱…</translation>
    </message>
    <message>
        <source>Templates and rules…</source>
        <translation>模板和规则…</translation>
    </message>
    <message>
        <source>Notification settings…</source>
        <translation>通知设置…</translation>
    </message>
    <message>
        <source>Send waiting messages now</source>
        <translation>立即发送等待中的消息</translation>
    </message>
    <message>
        <source>✉ {f} failed, {u} to check</source>
        <translation>✉ {f} 条失败，{u} 条待核实</translation>
    </message>
    <message>
        <source>(manager alerts: {m})</source>
        <translation>（给经理的提醒：{m}）</translation>
    </message>
    <message>
        <source>Messages: {s} sent, {f} failed, {u} unknown — see Messages ▸ Outbox.</source>
        <translation>消息：已发送 {s} 条，失败 {f} 条，未知 {u} 条 — 见“消息 ▸ 发件箱”。</translation>
    </message>
    <message>
        <source>Customer messages could not be sent: {e}</source>
        <translation>无法发送顾客消息：{e}</translation>
    </message>
</context>
<context>
    <name>OrderDetailsWindow</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>VIP: their orders are priority</source>
        <translation>VIP：其订单优先处理</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>街道（2）</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省份 / 地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>删除所选商品（Delete）</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>添加商品：输入 SKU 或名称，或扫描条码，然后按 Enter</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的商品。</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>运单</translation>
    </message>
    <message>
        <source>Tracking events (newest first)</source>
        <translation>物流轨迹（最新在前）</translation>
    </message>
    <message>
        <source>return parcel %1</source>
        <translation>退货包裹 %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolve hold…</source>
        <translation>解除搁置…</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>暂停处理…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items &amp;&amp; payment</source>
        <translation>商品 &amp;&amp; 付款</translation>
    </message>
    <message>
        <source>Delivery &amp;&amp; shipments</source>
        <translation>配送 &amp;&amp; 运单</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>保存更改 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 · in this status since %3 · version %4</source>
        <translation>创建于 %1，来源 %2 · 自 %3 起处于此状态 · 版本 %4</translation>
    </message>
    <message>
        <source>external id %1</source>
        <translation>外部编号 %1</translation>
    </message>
    <message>
        <source>Items are fixed in this status; an owner can move the order back to change them.</source>
        <translation>此状态下商品不可修改；店主可将订单退回上一步后再修改。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>搁置（%1）</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>web store</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Items can be added, removed and re-counted until assembling starts.</source>
        <translation>开始配货前可以添加、删除和重新清点商品。</translation>
    </message>
    <message>
        <source>prepaid online</source>
        <translation>在线预付</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>on pickup</source>
        <translation>自提时付款</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>发票付款</translation>
    </message>
    <message>
        <source>Items %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation>运费 %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>付款：%1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应付 %1</translation>
    </message>
    <message>
        <source>collect %1 on handover</source>
        <translation>交付时收取 %1</translation>
    </message>
    <message>
        <source>refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>%1 is priced in %2; this order is in %3.</source>
        <translation>%1 以 %2 计价；此订单使用 %3。</translation>
    </message>
    <message>
        <source>Delivery: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>配送：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pickup point: %1</source>
        <translation>自提点：%1</translation>
    </message>
    <message>
        <source>Pickup code: %1</source>
        <translation>取件码：%1</translation>
    </message>
    <message>
        <source>Shelf: %1</source>
        <translation>货架：%1</translation>
    </message>
    <message>
        <source>Tracking: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>运单号：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves the changes, Esc again closes without saving.</source>
        <translation>尚未保存：按 Ctrl+S 保存更改，再按一次 Esc 将不保存直接关闭。</translation>
    </message>
    <message>
        <source>Resolve hold</source>
        <translation>解除搁置</translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation>采取了什么处理？</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暂停处理订单</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>出了什么问题？</translation>
    </message>
    <message>
        <source>Say why (the owner reads this):</source>
        <translation>请说明原因（店主会看到）：</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then put the order on hold.</source>
        <translation>请先保存或撤销您的修改，再暂停处理该订单。</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>看板上</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>已关闭和退货</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Right-click a column title to choose columns; Enter opens; Ctrl+M acts.</source>
        <translation>右键点击列标题可选择显示的列；Enter 打开；Ctrl+M 执行操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移至“%1”</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>退回“%1”（店主）</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>进入状态时间</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>搁置</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — customer messages</source>
        <translation>发件箱 — 顾客消息</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Retry / resend…</source>
        <translation>重试 / 重新发送…</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>{n} 条消息</translation>
    </message>
    <message>
        <source>(the newest {n}; filter to see others)</source>
        <translation>（最新 {n} 条；使用筛选查看其他）</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <source>Packing bench</source>
        <translation>打包台</translation>
    </message>
    <message>
        <source>OrderDesk — packing bench</source>
        <translation>OrderDesk — 打包台</translation>
    </message>
    <message>
        <source>Scan or type an order number, then each item</source>
        <translation>扫描或输入订单号，然后逐件扫描商品</translation>
    </message>
    <message>
        <source>Welcome back. Order {n} is still open.</source>
        <translation>欢迎回来。订单 {n} 仍未完成。</translation>
    </message>
    <message>
        <source>Scan the packing slip of the next order</source>
        <translation>请扫描下一个订单的装箱单</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>订单 {n}</translation>
    </message>
    <message>
        <source>Order {n} is open: scan its items.</source>
        <translation>订单 {n} 已打开：请扫描其中的商品。</translation>
    </message>
    <message>
        <source>Finish order {n} first, or press Esc to put it aside.</source>
        <translation>请先完成订单 {n}，或按 Esc 暂放。</translation>
    </message>
    <message>
        <source>Order {n} is packed. Scan the next order&apos;s slip.</source>
        <translation>订单 {n} 已打包。请扫描下一个订单的装箱单。</translation>
    </message>
    <message>
        <source>Opening {t}…</source>
        <translation>正在打开 {t}…</translation>
    </message>
    <message>
        <source>Order {n} is already packed. Scan its slip again or press F9 to hand it over.</source>
        <translation>订单 {n} 已打包。再次扫描装箱单或按 F9 交出。</translation>
    </message>
    <message>
        <source>Order {n}: scan each item ({k} to scan)</source>
        <translation>订单 {n}：请逐件扫描商品（还剩 {k} 件）</translation>
    </message>
    <message>
        <source>All items verified ✓ Packing and printing…</source>
        <translation>所有商品已核对 ✓ 正在打包和打印…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Packed ✓ but printing failed: {e} Press F5 to print again.</source>
        <translation>已打包 ✓ 但打印失败：{e} 按 F5 重新打印。</translation>
    </message>
    <message>
        <source>Pack the order first: scan all its items.</source>
        <translation>请先打包订单：扫描其中所有商品。</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>正在交出…</translation>
    </message>
    <message>
        <source>Packed ✓ Printed: {p}.</source>
        <translation>已打包 ✓ 已打印：{p}。</translation>
    </message>
    <message>
        <source>F2 switch user · F4 open the next offered order · F5 print again · F6 print label now · F8 report a problem · F9 hand over · Esc put the order aside</source>
        <translation>F2 切换用户 · F4 打开下一个推荐订单 · F5 重新打印 · F6 立即打印面单 · F8 报告问题 · F9 交接 · Esc 暂放订单</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Next to pack: {list} — F4 opens the first.</source>
        <translation>待打包：{list} — 按 F4 打开第一个。</translation>
    </message>
    <message>
        <source>Nothing waiting to be packed.</source>
        <translation>没有待打包的订单。</translation>
    </message>
    <message>
        <source>Put the slip in the parcel, then scan the slip again (or F9) to put it on the pickup shelf: its shelf label prints then.</source>
        <translation>把装箱单放进包裹，然后再次扫描装箱单（或按 F9）将包裹放上自提货架，此时会打印货架标签。</translation>
    </message>
    <message>
        <source>Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>贴好标签，然后再次扫描装箱单（或按 F9）交出包裹。</translation>
    </message>
    <message>
        <source>Own courier: scan the courier&apos;s waybill, or this slip again for our own tracking number.</source>
        <translation>自有快递员：扫描快递员的运单，或再次扫描此装箱单以使用我们自己的运单号。</translation>
    </message>
    <message>
        <source>Order {n} has no carrier label yet: the owner buys it (Carriers → Buy label…), then scan the slip again.</source>
        <translation>订单 {n} 还没有承运商面单：由店主购买（承运商 → 购买面单…），然后再次扫描装箱单。</translation>
    </message>
    <message>
        <source>Saving the tracking number and printing the label…</source>
        <translation>正在保存运单号并打印面单…</translation>
    </message>
    <message>
        <source>Tracking number {t} saved, but the label did not print: {e} Press F5 to print again.</source>
        <translation>运单号 {t} 已保存，但面单未打印：{e} 按 F5 重新打印。</translation>
    </message>
    <message>
        <source>Tracking number {t} ✓ Label printed. Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>运单号 {t} ✓ 面单已打印。贴好面单，然后再次扫描装箱单（或按 F9）交出包裹。</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ but its shelf label did not print: {e} Write {s} on the parcel.</source>
        <translation>订单 {n} → 自提货架 {s} ✓，但货架标签未打印：{e} 请在包裹上写上 {s}。</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ Put the shelf label on. Next order, please.</source>
        <translation>订单 {n} → 自提货架 {s} ✓ 贴上货架标签。请处理下一个订单。</translation>
    </message>
    <message>
        <source>Order {n} handed to the carrier ✓ Next order, please.</source>
        <translation>订单 {n} 已交给承运商 ✓ 请处理下一个订单。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printed again ✓</source>
        <translation>已重新打印 ✓</translation>
    </message>
    <message>
        <source>The label prints only after every item is verified ({k} still to scan).</source>
        <translation>所有商品核对后才能打印面单（还需扫描 {k} 件）。</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>正在打印面单…</translation>
    </message>
    <message>
        <source>Label printed ✓ Keep scanning the items.</source>
        <translation>面单已打印 ✓ 请继续扫描商品。</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>商品缺失</translation>
    </message>
    <message>
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Wrong item on the shelf</source>
        <translation>货架上的商品不对</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Report a problem with order {n}</source>
        <translation>报告订单 {n} 的问题</translation>
    </message>
    <message>
        <source>What is wrong? {o}</source>
        <translation>出了什么问题？{o}</translation>
    </message>
    <message>
        <source>Problem number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. which item, what you saw</source>
        <translation>例如：哪件商品、看到了什么</translation>
    </message>
    <message>
        <source>Type a problem number from 1 to {m}.</source>
        <translation>请输入 1 到 {m} 之间的问题编号。</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>正在报告…</translation>
    </message>
    <message>
        <source>Order {n} is on hold for the owner. Put it on the problem shelf.</source>
        <translation>订单 {n} 已搁置，等待店主处理。请放到问题货架上。</translation>
    </message>
    <message>
        <source>Order {n} put aside; nothing was changed.</source>
        <translation>订单 {n} 已暂放；未做任何更改。</translation>
    </message>
    <message>
        <source>Order {n}: keep scanning.</source>
        <translation>订单 {n}：请继续扫描。</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>label</source>
        <translation>面单</translation>
    </message>
</context>
<context>
    <name>ParcelsEditor</name>
    <message>
        <source>One row per box. Sizes are optional for most carriers: give all three or leave all empty.</source>
        <translation>每个箱子一行。大多数承运商不强制要求尺寸：三项全部填写或全部留空。</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>添加包裹</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Locker size</source>
        <translation>柜格尺寸</translation>
    </message>
    <message>
        <source>A — small</source>
        <translation>A — 小</translation>
    </message>
    <message>
        <source>B — medium</source>
        <translation>B — 中</translation>
    </message>
    <message>
        <source>C — large</source>
        <translation>C — 大</translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>Weight, g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Length, cm</source>
        <translation>长（厘米）</translation>
    </message>
    <message>
        <source>Width, cm</source>
        <translation>宽（厘米）</translation>
    </message>
    <message>
        <source>Height, cm</source>
        <translation>高（厘米）</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Who works at the desk, the packing bench and the pickup counter. With people set up, everyone signs in with a PIN and the history names them. Leave it empty to skip.</source>
        <translation>谁在订单台、打包台和自提柜台工作。设置人员后，每个人用 PIN 登录，历史记录会显示其姓名。留空可跳过。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN（4–8 位数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Pickup clerk</source>
        <translation>自提店员</translation>
    </message>
    <message>
        <source>People are set up already: %1. The owner adds more with &apos;orderdesk users add&apos;.</source>
        <translation>人员已设置：%1。店主可用“orderdesk users add”添加更多人员。</translation>
    </message>
</context>
<context>
    <name>PickupStation</name>
    <message>
        <source>Pickup counter</source>
        <translation>自提柜台</translation>
    </message>
    <message>
        <source>OrderDesk — pickup counter</source>
        <translation>OrderDesk — 自提柜台</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Waiting too long — return to stock (F10)</source>
        <translation>等待过久 — 退回库存 (F10)</translation>
    </message>
    <message>
        <source>Scan the QR code or type the order number, then the pickup code</source>
        <translation>扫描二维码或输入订单号，然后输入取件码</translation>
    </message>
    <message>
        <source>F2 switch user · F3 paid cash · F4 paid card · F7 print receipt · F10 return to stock (owner) · F11 hand over without code (owner) · Esc clear</source>
        <translation>F2 切换用户 · F3 现金付款 · F4 刷卡付款 · F7 打印收据 · F10 退回库存（店主）· F11 无码交付（店主）· Esc 清除</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code or type the order number</source>
        <translation>扫描顾客的二维码或输入订单号</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>订单 {n}</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>已付款 ✓</translation>
    </message>
    <message>
        <source>{k} items in the parcel</source>
        <translation>包裹内共 {k} 件商品</translation>
    </message>
    <message>
        <source>Locked after too many wrong codes — the owner must check (F11)</source>
        <translation>错误次数过多已锁定 — 需店主核实 (F11)</translation>
    </message>
    <message>
        <source>Pickup code checked ✓</source>
        <translation>取件码已核对 ✓</translation>
    </message>
    <message>
        <source>Wrong codes so far: {k} of {m}</source>
        <translation>错误次数：{k}/{m}</translation>
    </message>
    <message>
        <source>Waiting for the pickup code</source>
        <translation>等待输入取件码</translation>
    </message>
    <message>
        <source>{n} · {c} · {d} days</source>
        <translation>{n} · {c} · {d} 天</translation>
    </message>
    <message>
        <source>None — all parcels are fresh</source>
        <translation>无 — 所有包裹均未超期</translation>
    </message>
    <message>
        <source>That is not a pickup code: the code has 6 digits. Ask the customer again.</source>
        <translation>这不是取件码：取件码为 6 位数字。请再问一次顾客。</translation>
    </message>
    <message>
        <source>Looking for {t}…</source>
        <translation>正在查找 {t}…</translation>
    </message>
    <message>
        <source>F3 or 1: {cash} · F4 or 2: {card}</source>
        <translation>F3 或 1：{cash} · F4 或 2：{card}</translation>
    </message>
    <message>
        <source>Paid by ({a})</source>
        <translation>付款方式（{a}）</translation>
    </message>
    <message>
        <source>Order {n} is {s}, not waiting on the shelf.</source>
        <translation>订单 {n} 的状态是“{s}”，不在货架上等待领取。</translation>
    </message>
    <message>
        <source>Order {n} on shelf {s}. Type the code the customer reads out, then Enter.</source>
        <translation>订单 {n} 在货架 {s}。输入顾客报出的取件码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>正在核对取件码…</translation>
    </message>
    <message>
        <source>Code ✓ Take {a} — then F3 cash or F4 card</source>
        <translation>取件码 ✓ 请收取 {a} — 然后按 F3 现金或 F4 刷卡</translation>
    </message>
    <message>
        <source>Check the pickup code first: type it and press Enter.</source>
        <translation>请先核对取件码：输入后按 Enter。</translation>
    </message>
    <message>
        <source>Order {n} is locked after too many wrong codes: only the owner can hand it over (F11).</source>
        <translation>订单 {n} 因错误代码次数过多已锁定：只有店主可以交付（F11）。</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>正在交出…</translation>
    </message>
    <message>
        <source>Collected ✓</source>
        <translation>已领取 ✓</translation>
    </message>
    <message>
        <source>Hand over the parcel from shelf {s} ✓ Order {n} collected. F7 prints a receipt.</source>
        <translation>从货架 {s} 取出包裹交给顾客 ✓ 订单 {n} 已领取。按 F7 打印收据。</translation>
    </message>
    <message>
        <source>A receipt is printed after a handover.</source>
        <translation>交付后才能打印收据。</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>正在打印收据…</translation>
    </message>
    <message>
        <source>No receipt printer set up: the receipt is shown on screen.</source>
        <translation>未设置收据打印机：收据显示在屏幕上。</translation>
    </message>
    <message>
        <source>Receipt printed ✓</source>
        <translation>收据已打印 ✓</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>店主 PIN 码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. ID checked, SMS lost</source>
        <translation>例如：已核验身份证件、短信丢失</translation>
    </message>
    <message>
        <source>Owner: hand over order {n} without the pickup code</source>
        <translation>店主：无取件码交付订单 {n}</translation>
    </message>
    <message>
        <source>Paid by: press F3 (or type 1) for {cash}, F4 (or 2) for {card}.</source>
        <translation>付款方式：按 F3（或输入 1）为{cash}，按 F4（或 2）为{card}。</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>正在核对店主 PIN 码…</translation>
    </message>
    <message>
        <source>Owner: return an uncollected parcel to stock</source>
        <translation>店主：将未领取的包裹退回库存</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>not collected in time</source>
        <translation>未按时领取</translation>
    </message>
    <message>
        <source>Returning {n} to stock…</source>
        <translation>正在将 {n} 退回库存…</translation>
    </message>
    <message>
        <source>Order {n} returned to stock ✓ Take it off the shelf.</source>
        <translation>订单 {n} 已退回库存 ✓ 请从货架上取下。</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer is chosen for this document; nothing was printed.</source>
        <translation>未为此单据选择打印机；未打印任何内容。</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>The documents were printed, but writing them to the orders&apos; history failed: {error}</source>
        <translation>单据已打印，但写入订单历史失败：{error}</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and connected, or choose another printer in Print → Printer setup…; Save as PDF works without a printer. Nothing was written to the orders&apos; history.</source>
        <translation>请检查打印机是否已开启并连接，或在“打印 → 打印机设置…”中选择其他打印机；另存为 PDF 无需打印机。订单历史中未写入任何内容。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Use this printer and size for quick printing on this computer</source>
        <translation>在此电脑上快速打印时使用此打印机和尺寸</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, or save as PDF.</source>
        <translation>未找到打印机。请在系统打印机设置中添加，或另存为 PDF。</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>无法列出打印机：{error}</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <source>Printer setup (this computer)</source>
        <translation>打印机设置（此电脑）</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>面单打印机</translation>
    </message>
    <message>
        <source>Label type</source>
        <translation>面单类型</translation>
    </message>
    <message>
        <source>Packing slips and pick lists</source>
        <translation>装箱单和拣货单</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>Chosen once for this computer; quick printing, the packing bench and the command line use it.</source>
        <translation>每台电脑只需设置一次；快速打印、打包台和命令行都会使用。</translation>
    </message>
    <message>
        <source>1 printer found.</source>
        <translation>找到 1 台打印机。</translation>
    </message>
    <message numerus="yes">
        <source>%n printers found.</source>
        <translation>
            <numerusform>找到 %n 台打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, then open this again.</source>
        <translation>未找到打印机。请在系统打印机设置中添加后再打开此窗口。</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>无法列出打印机：{error}</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>The label printer (4×6&quot; or 100×150 mm) and the A4 printer for slips, chosen once on this PC.</source>
        <translation>面单打印机（4×6&quot; 或 100×150 毫米）和用于装箱单的 A4 打印机，在本机上选择一次即可。</translation>
    </message>
    <message>
        <source>Choose printers…</source>
        <translation>选择打印机…</translation>
    </message>
    <message>
        <source>Later: Print → Printer setup….</source>
        <translation>以后设置：打印 → 打印机设置…。</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Labels: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Packing slips and pick lists: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>面单：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;装箱单和拣货单：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>one or more, separated by spaces</source>
        <translation>一个或多个，用空格分隔</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>常规订货量</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <source>{sku}: {on_hand} on hand, {reserved} reserved, {available} available</source>
        <translation>{sku}：现有 {on_hand}，已预留 {reserved}，可用 {available}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products and orders</source>
        <translation>商品和订单</translation>
    </message>
    <message>
        <source>Bring in what you sell and the orders you have; you can also do this later.</source>
        <translation>导入您销售的商品和现有订单，也可以以后再做。</translation>
    </message>
    <message>
        <source>Orders from a JSON or CSV file (Orders → Import…)</source>
        <translation>从 JSON 或 CSV 文件导入订单（订单 → 导入…）</translation>
    </message>
    <message>
        <source>An order taken by phone (Orders → New order)</source>
        <translation>电话订单（订单 → 新建订单）</translation>
    </message>
    <message>
        <source>Products: a CSV catalogue comes in with &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; (check it first with &lt;code&gt;--dry-run&lt;/code&gt;); products not in the catalogue yet can also come with the imported orders&apos; lines (name and price).</source>
        <translation>商品：用 &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; 导入 CSV 商品目录（可先用 &lt;code&gt;--dry-run&lt;/code&gt; 检查）；目录中还没有的商品也可随导入订单的明细行（名称和价格）一起导入。</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU, name or barcode — or scan</source>
        <translation>SKU、名称或条码，或直接扫描</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>{n} 个商品</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>正在保存商品</translation>
    </message>
    <message>
        <source>{sku} saved</source>
        <translation>{sku} 已保存</translation>
    </message>
    <message>
        <source>Archiving the product</source>
        <translation>正在归档商品</translation>
    </message>
    <message>
        <source>{sku} archived</source>
        <translation>{sku} 已归档</translation>
    </message>
    <message>
        <source>{sku} is back in the catalogue</source>
        <translation>{sku} 已恢复到目录</translation>
    </message>
</context>
<context>
    <name>ReceiveReturnDialog</name>
    <message>
        <source>Receive a return</source>
        <translation>接收退货</translation>
    </message>
    <message>
        <source>Restock (F2)</source>
        <translation>重新入库 (F2)</translation>
    </message>
    <message>
        <source>Write off (F3)</source>
        <translation>报废 (F3)</translation>
    </message>
    <message>
        <source>Send for repair (F4)</source>
        <translation>送修 (F4)</translation>
    </message>
    <message>
        <source>the item&apos;s state, e.g. box dented</source>
        <translation>商品状况，例如：包装盒压瘪</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Scanned now</source>
        <translation>本次扫描</translation>
    </message>
    <message>
        <source>restock</source>
        <translation>重新入库</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Book received (Ctrl+Enter)</source>
        <translation>登记收货 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear scans (F8)</source>
        <translation>清除扫描 (F8)</translation>
    </message>
    <message>
        <source>Add photos… (F6)</source>
        <translation>添加照片…（F6）</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Book or clear the items of %1 first.</source>
        <translation>请先登记或清除 %1 的商品。</translation>
    </message>
    <message>
        <source>%1: all %2 expected are scanned already.</source>
        <translation>%1：预期的 %2 件已全部扫描。</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>状态照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the slip, then the items, before booking.</source>
        <translation>登记前请先扫描退货单，再扫描商品。</translation>
    </message>
    <message>
        <source>%1 booked: %2.</source>
        <translation>%1 已预约：%2。</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code:</source>
        <translation>扫描退货单上的 QR 码：</translation>
    </message>
    <message>
        <source>Return %1 · scan an item:</source>
        <translation>退货 %1 · 请扫描商品：</translation>
    </message>
</context>
<context>
    <name>ReceivingWindow</name>
    <message>
        <source>Receive stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery note number (scan or type)</source>
        <translation>供应商送货单号（扫描或输入）</translation>
    </message>
    <message>
        <source>scan a product, or type its SKU and press Enter</source>
        <translation>扫描商品，或输入 SKU 后按 Enter</translation>
    </message>
    <message>
        <source>Scan the first product.</source>
        <translation>请扫描第一个商品。</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Scan, quantity, next: scanning the same product again counts one more; the next product or Enter books it.</source>
        <translation>扫描、数量、下一个：再次扫描同一商品数量加一；扫描下一个商品或按 Enter 即入账。</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>正在查找</translation>
    </message>
    <message>
        <source>Booking {sku} × {n}…</source>
        <translation>正在入账 {sku} × {n}…</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>{sku}: +{n} booked, {on_hand} on hand.</source>
        <translation>{sku}：已入账 +{n}，现有 {on_hand}。</translation>
    </message>
    <message>
        <source>Complete again: {orders}.</source>
        <translation>已重新齐货：{orders}。</translation>
    </message>
    <message>
        <source>Scan the next product.</source>
        <translation>请扫描下一个商品。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund return %1</source>
        <translation>为退货 %1 退款</translation>
    </message>
    <message>
        <source>Items %1 · shipping %2 · paid %3, refunded before %4</source>
        <translation>商品 %1 · 运费 %2 · 已付 %3，此前已退款 %4</translation>
    </message>
    <message>
        <source>Refunded on this return so far: %1; this is the rest.</source>
        <translation>此退货已退款：%1；本次为剩余部分。</translation>
    </message>
    <message>
        <source>%1: paid back by hand. Send the money yourself (cash or a bank transfer), then record it here.</source>
        <translation>%1：需手动退款。请自行退还款项（现金或银行转账），然后在此记录。</translation>
    </message>
    <message>
        <source>A part now, the rest later</source>
        <translation>先退一部分，其余稍后</translation>
    </message>
    <message>
        <source>The return stays Partly refunded and shows what is left</source>
        <translation>退货保持“已部分退款”状态，并显示剩余金额</translation>
    </message>
    <message>
        <source>Give back the shipping cost</source>
        <translation>退还运费</translation>
    </message>
    <message>
        <source>needed when the amount differs</source>
        <translation>金额不同时必填</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>金额 (%1)：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (e.g. 20.00).</source>
        <translation>&apos;%1&apos; 不是有效金额（例如 20.00）。</translation>
    </message>
</context>
<context>
    <name>ReorderWindow</name>
    <message>
        <source>Re-order list</source>
        <translation>补货清单</translation>
    </message>
    <message>
        <source>Ask the customer: wait or cancel</source>
        <translation>询问顾客：等待还是取消</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>顾客等待</translation>
    </message>
    <message>
        <source>Customer cancels</source>
        <translation>顾客取消</translation>
    </message>
    <message>
        <source>Mark the supplier&apos;s lines as ordered</source>
        <translation>将该供应商的行标记为已订购</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Open purchase orders</source>
        <translation>未完成的采购单</translation>
    </message>
    <message>
        <source>Orders waiting for stock (oldest first)</source>
        <translation>等待到货的订单（最早的在前）</translation>
    </message>
    <message>
        <source>Nothing to re-order.</source>
        <translation>无需补货。</translation>
    </message>
    <message>
        <source>{n}: {lines} products ordered from {s}. Receiving the delivery closes it.</source>
        <translation>{n}：已向 {s} 订购 {lines} 种商品。收货入库后关闭。</translation>
    </message>
    <message>
        <source>Choose a waiting order first.</source>
        <translation>请先选择一个等待中的订单。</translation>
    </message>
    <message>
        <source>{n}: the wait-or-cancel message is queued.</source>
        <translation>{n}：“等待还是取消”消息已加入队列。</translation>
    </message>
    <message>
        <source>{n}: the customer will wait.</source>
        <translation>{n}：顾客愿意等待。</translation>
    </message>
    <message>
        <source>{n}: cancelled.</source>
        <translation>{n}：已取消。</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>已保存 {p}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save purchase order</source>
        <translation>保存采购单</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>All delivery methods</source>
        <translation>全部配送方式</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>保存 XLSX…</translation>
    </message>
    <message>
        <source>Save PDF of all reports…</source>
        <translation>将全部报表保存为 PDF…</translation>
    </message>
    <message>
        <source>The first day is after the last: change From or To.</source>
        <translation>开始日期晚于结束日期：请修改“从”或“至”。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>No orders in this range.</source>
        <translation>此期间没有订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made: {e}</source>
        <translation>无法生成报表：{e}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved {f}</source>
        <translation>已保存 {f}</translation>
    </message>
    <message>
        <source>Could not save: {e}</source>
        <translation>无法保存：{e}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>正在保存报表</translation>
    </message>
</context>
<context>
    <name>ReturnPhotosDialog</name>
    <message>
        <source>Photos of return %1</source>
        <translation>退货 %1 的照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No photos of this return yet.</source>
        <translation>此退货还没有照片。</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>状态照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>自提店员</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this secret from the keyring of this PC</source>
        <translation>从此电脑的密钥环中删除此密钥</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <source>✓ in the keyring</source>
        <translation>✓ 已在密钥环中</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>已保存；输入即可替换</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>stored only in this PC&apos;s keyring</source>
        <translation>仅保存在此电脑的密钥环中</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>店铺数据库服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>例如 192.168.1.10 或 shop-server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keyring, never in a file or the database.</source>
        <translation>密码保存在本机密钥环中，绝不会存入文件或数据库。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>自提店员</translation>
    </message>
    <message>
        <source>Shop (all PCs; printed on documents)</source>
        <translation>店铺（所有电脑通用；打印在单据上）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>默认国家</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>默认币种</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>You (this user on this PC)</source>
        <translation>您（此电脑上的当前用户）</translation>
    </message>
    <message>
        <source>Signed in as %1. People, roles and PINs: orderdesk users</source>
        <translation>当前登录：%1。人员、角色和 PIN：orderdesk users</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Your name (in order history)</source>
        <translation>您的名字（显示在订单历史中）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Interface language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <source>Restart OrderDesk to use the new interface language.</source>
        <translation>重启 OrderDesk 后将使用新的界面语言。</translation>
    </message>
    <message>
        <source>Not a valid phone number for %1.</source>
        <translation>不是有效的 %1 电话号码。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>The name and address are the sender on every shipping label and the header of packing slips.</source>
        <translation>名称和地址将作为每张快递面单上的寄件人，并显示在装箱单的抬头。</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city
Country</source>
        <translation>街道和门牌号
邮编和城市
国家</translation>
    </message>
    <message>
        <source>Welcome to OrderDesk. Four short steps set up a new shop; each can be skipped and done later (Orders → Shop setup guide…).</source>
        <translation>欢迎使用 OrderDesk。四个简短步骤即可设置新店铺；每一步都可跳过，以后再做（订单 → 店铺设置向导…）。</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>店铺名称 *</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>地址 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家（2 个字母）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>单据语言</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Single-user mode: add users with `orderdesk users add`</source>
        <translation>单用户模式：用 `orderdesk users add` 添加用户</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>谁在使用订单台？</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ 选择名字 · 输入 PIN 码 · Enter</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Who is working here?</source>
        <translation>谁在这里工作？</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>请选择您的名字并输入 PIN 码。</translation>
    </message>
    <message>
        <source>Nobody may work here yet: the owner adds users with the right role.</source>
        <translation>目前还没有人可以在此工作：请店主添加具有相应角色的用户。</translation>
    </message>
    <message>
        <source>{n} cannot work at this station.</source>
        <translation>{n} 无权在此工作站工作。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>The scan broke off.</source>
        <translation>扫描中断。</translation>
    </message>
    <message>
        <source>Only part of a code was read.</source>
        <translation>只读取到部分条码。</translation>
    </message>
    <message>
        <source>The code had unreadable characters.</source>
        <translation>条码中有无法识别的字符。</translation>
    </message>
    <message>
        <source>Scan again.</source>
        <translation>请重新扫描。</translation>
    </message>
    <message>
        <source>One moment… then scan again.</source>
        <translation>请稍候…然后重新扫描。</translation>
    </message>
    <message>
        <source>Something went wrong: {e}</source>
        <translation>出错了：{e}</translation>
    </message>
</context>
<context>
    <name>StocktakeWindow</name>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>bin prefix, e.g. A-01 (empty: everything)</source>
        <translation>库位前缀，例如 A-01（留空：全部）</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>reason, e.g. monthly stocktake</source>
        <translation>原因，例如月度盘点</translation>
    </message>
    <message>
        <source>Apply differences</source>
        <translation>应用差异</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>{n} products expected here. Scan each item.</source>
        <translation>此处应有 {n} 种商品。请逐件扫描。</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>正在查找</translation>
    </message>
    <message>
        <source>{sku}: {n} counted</source>
        <translation>{sku}：已盘点 {n}</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>尚未盘点任何商品。</translation>
    </message>
    <message>
        <source>Applied: {n} products differed, every other count matched.</source>
        <translation>已应用：{n} 种商品有差异，其余均一致。</translation>
    </message>
</context>
<context>
    <name>StoreMappingsDialog</name>
    <message>
        <source>Store mappings</source>
        <translation>店铺映射</translation>
    </message>
    <message>
        <source>Store&apos;s method</source>
        <translation>店铺运送方式</translation>
    </message>
    <message>
        <source>Name in the store</source>
        <translation>店铺中的名称</translation>
    </message>
    <message>
        <source>Delivery at the desk</source>
        <translation>订单台配送方式</translation>
    </message>
    <message>
        <source>Desk status</source>
        <translation>订单台状态</translation>
    </message>
    <message>
        <source>Store status sent</source>
        <translation>发送的店铺状态</translation>
    </message>
    <message>
        <source>a method id, e.g. flat_rate:3</source>
        <translation>方式 id，例如 flat_rate:3</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>添加方式</translation>
    </message>
    <message>
        <source>Shipping methods → delivery (orders coming in)</source>
        <translation>运送方式 → 配送（传入的订单）</translation>
    </message>
    <message>
        <source>A method with a number (flat_rate:3) is one shipping zone&apos;s; it follows its method&apos;s row until you change it. Methods the store&apos;s orders used are listed with their names.</source>
        <translation>带编号的方式（flat_rate:3）属于某一个配送区域；在您修改之前，它沿用其所属方式那一行的设置。店铺订单中用过的方式会连同名称一起列出。</translation>
    </message>
    <message>
        <source>Desk status → store status (sent to the store)</source>
        <translation>订单台状态 → 店铺状态（发送到店铺）</translation>
    </message>
    <message>
        <source>Choose “—” to tell the store nothing about a step. A plugin&apos;s own status (e.g. shipped) can be typed in. A payment is always recorded in the store as paid, and a refund of money as a refund.</source>
        <translation>选择“—”表示不将该步骤告知店铺。可以输入插件自己的状态（例如 shipped）。付款在店铺中始终记为已付款，退款始终记为退款。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>尚未连接任何店铺：渠道 → 添加 WooCommerce 店铺…</translation>
    </message>
    <message>
        <source>(any zone not listed)</source>
        <translation>（未列出的任何区域）</translation>
    </message>
    <message>
        <source>The mappings of store %1 have changes that are not saved.</source>
        <translation>店铺 %1 的映射有未保存的更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Reading or saving the mappings failed unexpectedly; see the log.</source>
        <translation>读取或保存映射时意外失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>StorePanel</name>
    <message>
        <source>Push again</source>
        <translation>重新推送</translation>
    </message>
    <message>
        <source>Accept the store&apos;s</source>
        <translation>采用店铺版本</translation>
    </message>
    <message>
        <source>Open in the store</source>
        <translation>在店铺中打开</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>订单台：%1</translation>
    </message>
    <message>
        <source>Store %1: %2</source>
        <translation>店铺 %1：%2</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>承运商：%1</translation>
    </message>
    <message>
        <source>(store order #%1)</source>
        <translation>（店铺订单 #%1）</translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent to the store.</source>
        <translation>有 %1 项更改等待发送到店铺。</translation>
    </message>
</context>
<context>
    <name>StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>To read again</source>
        <translation>待重新读取</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Store order</source>
        <translation>店铺订单</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>尚未连接任何店铺：渠道 → 添加 WooCommerce 店铺…</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Store orders the rounds could not take, read again by every round (up to 50 a round):</source>
        <translation>同步未能接收的店铺订单，每轮都会重新读取（每轮最多 50 个）：</translation>
    </message>
    <message>
        <source>No store order is waiting to be read again.</source>
        <translation>没有等待重新读取的店铺订单。</translation>
    </message>
    <message>
        <source>Reading the stores failed unexpectedly; see the log.</source>
        <translation>读取店铺时意外失败，请查看日志。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing tracking…</source>
        <translation>正在同步物流…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Messages: rules and templates</source>
        <translation>消息：规则和模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>When to send (rules)</source>
        <translation>何时发送（规则）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>正在读取模板…</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Optional: the text to send when a value above is missing; several, each after a line ---, are tried in turn. Left empty, the shipped fallback wording of this message is used</source>
        <translation>可选：上方某个值缺失时发送的文本；可写多段，每段前加一行 ---，将依次尝试。留空则使用此消息的内置备用文本</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>双击插入到光标处</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fallback text (when a value is missing)</source>
        <translation>备用文本（缺少值时使用）</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Preview with a sample order</source>
        <translation>用示例订单预览</translation>
    </message>
    <message>
        <source>Every delivery method</source>
        <translation>所有配送方式</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>到店自提</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>自提点</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>自有快递员</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Same as every method</source>
        <translation>与所有方式相同</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>已更改，尚未保存。</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <source>Tick the channels each event goes out on. Grey ticks follow &apos;Every delivery method&apos;.</source>
        <translation>勾选每个事件使用的渠道。灰色勾选跟随“所有配送方式”。</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>已编辑，尚未保存。</translation>
    </message>
    <message>
        <source>The shop&apos;s own text.</source>
        <translation>店铺自己的文字。</translation>
    </message>
    <message>
        <source>The default text.</source>
        <translation>默认文字。</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>主题：{s}</translation>
    </message>
    <message>
        <source>E-mail: {n} characters</source>
        <translation>邮件：{n} 个字符</translation>
    </message>
    <message>
        <source>1 SMS</source>
        <translation>1 条短信</translation>
    </message>
    <message>
        <source>{n} SMS parts</source>
        <translation>{n} 条短信</translation>
    </message>
    <message>
        <source>{units} characters · {encoding} · {parts} · {left} left in the last part</source>
        <translation>{units} 个字符 · {encoding} · {parts} · 最后一条还剩 {left} 个字符</translation>
    </message>
    <message>
        <source>UCS-2 (70 per SMS, 67 per part) because of: {chars}</source>
        <translation>UCS-2（每条 70 个，分段每条 67 个），原因：{chars}</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>正在保存模板…</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <source>This template (or the rules) has changes that are not saved.</source>
        <translation>此模板（或规则）有未保存的更改。</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
</context>
<context>
    <name>WorkMenu</name>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Mark delayed…</source>
        <translation>标记为延迟…</translation>
    </message>
    <message>
        <source>Put the order on a &apos;delayed&apos; hold; the customer is told it is delayed</source>
        <translation>将订单挂起为“延迟”；并通知客户订单延迟</translation>
    </message>
    <message>
        <source>Mark delayed</source>
        <translation>标记为延迟</translation>
    </message>
    <message>
        <source>Why is it delayed? (the owner reads this)</source>
        <translation>为什么延迟？（店主会看到此内容）</translation>
    </message>
    <message>
        <source>Say why the order is delayed.</source>
        <translation>请说明订单延迟的原因。</translation>
    </message>
</context>
</TS>
