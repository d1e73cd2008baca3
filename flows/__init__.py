"""The Prefect flows of puerextract (installed as the package ``puerextract_flows``):
``extract_flow`` (inbox -> store), ``evaluate_flow`` (gold -> report), ``main`` (both)."""
