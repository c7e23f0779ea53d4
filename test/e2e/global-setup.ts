// Replaced by the end-to-end suite's setup (build the example app once, share its location).
export default function setup() {}
