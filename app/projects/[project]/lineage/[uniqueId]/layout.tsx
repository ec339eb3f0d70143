import { FocusGate } from "@/components/lineage/focus-gate";

export default FocusGate;
