# s0 title (herbal fraction = one COMPOUND span; protects cells = UP; H2O2-induced senescence: modifier of a process, no relation; through: neutral)
E | s0_lbp | COMPOUND | Lycium barbarum polysaccharide | -
E | s0_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | s0_h2o2 | COMPOUND | hydrogen peroxide | -
E | s0_sirt1 | GENE | SIRT1 | -
R | UP | s0_lbp | s0_bmsc
# s1 background (oxidative stress: not an entity)
E | s1_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | s1_bmsc | CELL_TYPE | BMSCs | -
# s2 (plant source)
E | s2_lbpl | COMPOUND | Lycium barbarum polysaccharide | -
E | s2_lbp | COMPOUND | LBP | -
E | s2_wb | ORGANISM | wolfberry | -
E | s2_goji | ORGANISM | goji | -
# s3 methods (Human modifies the cell; pretreated / exposed to; 3 days of recovery: no exposure, unlinked)
E | s3_bmsc | CELL_TYPE | BMSCs | -
E | s3_lbp | COMPOUND | LBP | -
E | s3_c1 | CONCENTRATION | 50, 100 or 200 μg/mL | - | 50,100,200 ug/mL
E | s3_d1 | DURATION | 24 h | -
E | s3_hpl | COMPOUND | hydrogen peroxide | -
E | s3_hp | COMPOUND | H2O2 | -
E | s3_c2 | CONCENTRATION | 200 μM | - | 200 umol/L
E | s3_d2 | DURATION | 2 h | -
E | s3_d3 | DURATION | 3 days | -
R | TI | s3_lbp | s3_bmsc
R | CONC | s3_lbp | s3_c1
R | DUR | s3_lbp | s3_d1
R | TI | s3_hpl | s3_bmsc
R | CONC | s3_hpl | s3_c2
R | DUR | s3_hpl | s3_d2
# s4 (positive cells: generic; model compound gives no regulation relation)
E | s4_hp | COMPOUND | H2O2 | -
E | s4_sagall | GENE | senescence-associated β-galactosidase | -
E | s4_sagal | GENE | SA-β-gal | -
E | s4_c | CONCENTRATION | 200 μg/mL | - | 200 ug/mL
E | s4_lbp | COMPOUND | LBP | -
R | CONC | s4_lbp | s4_c
# s5 (restored proliferation/differentiation: no cell named; restoration shown by ALP and Runx2 = UP)
E | s5_lbp | COMPOUND | LBP | -
E | s5_ros | COMPOUND | ROS | -
E | s5_gh2ax | GENE | γ-H2AX | -
E | s5_p16 | GENE | p16INK4a | -
E | s5_p21 | GENE | p21 | -
E | s5_p53 | GENE | p53 | -
E | s5_alp | GENE | ALP | -
E | s5_ars | COMPOUND | Alizarin Red S | -
E | s5_runx2 | GENE | Runx2 | -
R | DOWN | s5_lbp | s5_ros
R | DOWN | s5_lbp | s5_gh2ax
R | DOWN | s5_lbp | s5_p16
R | DOWN | s5_lbp | s5_p21
R | DOWN | s5_lbp | s5_p53
R | UP | s5_lbp | s5_alp
R | UP | s5_lbp | s5_runx2
# s6 (acetylation = modification of p53: DOWN; SIRT1 mRNA unchanged)
E | s6_lbp | COMPOUND | LBP | -
E | s6_sodl | GENE | superoxide dismutase | -
E | s6_sod | GENE | SOD | -
E | s6_mdal | COMPOUND | malondialdehyde | -
E | s6_mda | COMPOUND | MDA | -
E | s6_sirt1 | GENE | SIRT1 | -
E | s6_p53 | GENE | p53 | -
E | s6_sirt1b | GENE | SIRT1 | -
R | UP | s6_lbp | s6_sodl
R | DOWN | s6_lbp | s6_mdal
R | UP | s6_lbp | s6_sirt1
R | DOWN | s6_lbp | s6_p53
# s7 (siRNA: generic reagent class, not annotated; abolished effect: none; inhibitor -> named target)
E | s7_sirt1 | GENE | SIRT1 | -
E | s7_lbp | COMPOUND | LBP | -
E | s7_sirt1b | GENE | SIRT1 | -
E | s7_ex | COMPOUND | EX-527 | -
E | s7_c | CONCENTRATION | 10 μM | - | 10 umol/L
R | DOWN | s7_ex | s7_sirt1b
R | CONC | s7_ex | s7_c
# s8 negated
E | s8_lbp | COMPOUND | LBP | -
E | s8_bmsc | CELL_TYPE | BMSCs | -
# s9 conclusion (counteracts senescence = UP; via: neutral; age-related bone loss: process; preserve capacity of stem cells = UP, hedged)
E | s9_lbp | COMPOUND | LBP | -
E | s9_bmsc | CELL_TYPE | BMSC | -
E | s9_path | PATHWAY | SIRT1/p53 signalling | -
E | s9_sc | CELL_TYPE | stem cells | -
R | UP | s9_lbp | s9_bmsc
R | UP | s9_lbp | s9_sc
