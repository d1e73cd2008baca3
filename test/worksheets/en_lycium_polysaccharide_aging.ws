# s0 title (herbal extract fraction = one COMPOUND span; protects cells -> UP; H2O2-induced senescence: modifier of a process, no TI; "through SIRT1" = via)
E | t_lbp | COMPOUND | Lycium barbarum polysaccharide | -
E | t_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_h2o2 | COMPOUND | hydrogen peroxide | -
E | t_sirt1 | GENE | SIRT1 | -
R | UP | t_lbp | t_bmsc
# s1 background
E | a_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | a_bmsc | CELL_TYPE | BMSCs | -
# s2 (plant source and its common name)
E | b_lbpl | COMPOUND | Lycium barbarum polysaccharide | -
E | b_lbp | COMPOUND | LBP | -
E | b_wb | ORGANISM | wolfberry | -
E | b_goji | ORGANISM | goji | -
# s3 (pretreated with / exposed to; Human modifies the cell; passages not annotated; "3 days of recovery" is post-exposure culture, not exposure time: not annotated)
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_lbp | COMPOUND | LBP | -
E | c_c1 | CONCENTRATION | 50, 100 or 200 μg/mL | - | 50,100,200 ug/mL
E | c_d1 | DURATION | 24 h | -
E | c_h2o2l | COMPOUND | hydrogen peroxide | -
E | c_h2o2 | COMPOUND | H2O2 | -
E | c_c2 | CONCENTRATION | 200 μM | - | 200 umol/L
E | c_d2 | DURATION | 2 h | -
R | TI | c_lbp | c_bmsc
R | CONC | c_lbp | c_c1
R | DUR | c_lbp | c_d1
R | TI | c_h2o2l | c_bmsc
R | CONC | c_h2o2l | c_c2
R | DUR | c_h2o2l | c_d2
# s4 (SA-β-gal-positive cells: marker-positive generic cells, no relation to the marker, as TRAP-positive cells in dev)
E | d_h2o2 | COMPOUND | H2O2 | -
E | d_sabgl | GENE | senescence-associated β-galactosidase | -
E | d_sabg | GENE | SA-β-gal | -
E | d_c | CONCENTRATION | 200 μg/mL | - | 200 ug/mL
E | d_lbp | COMPOUND | LBP | -
R | CONC | d_lbp | d_c
# s5 (ROS COMPOUND; γ-H2AX foci reduced -> DOWN; restored differentiation "as shown by" ALP and Runx2 -> UP; proliferation of unnamed cells: no cell relation; Alizarin Red S reagent)
E | e_lbp | COMPOUND | LBP | -
E | e_ros | COMPOUND | ROS | -
E | e_h2ax | GENE | γ-H2AX | -
E | e_p16 | GENE | p16INK4a | -
E | e_p21 | GENE | p21 | -
E | e_p53 | GENE | p53 | -
E | e_alp | GENE | ALP | -
E | e_ars | COMPOUND | Alizarin Red S | -
E | e_runx2 | GENE | Runx2 | -
R | DOWN | e_lbp | e_ros
R | DOWN | e_lbp | e_h2ax
R | DOWN | e_lbp | e_p16
R | DOWN | e_lbp | e_p21
R | DOWN | e_lbp | e_p53
R | UP | e_lbp | e_alp
R | UP | e_lbp | e_runx2
# s6 (reduced acetylation = modification -> DOWN p53; Lys382 residue not annotated; SIRT1 mRNA unchanged: no relation)
E | f_lbp | COMPOUND | LBP | -
E | f_sodl | GENE | superoxide dismutase | -
E | f_sod | GENE | SOD | -
E | f_mdal | COMPOUND | malondialdehyde | -
E | f_mda | COMPOUND | MDA | -
E | f_sirt1 | GENE | SIRT1 | -
E | f_p53 | GENE | p53 | -
E | f_sirt1b | GENE | SIRT1 | -
R | UP | f_lbp | f_sodl
R | DOWN | f_lbp | f_mdal
R | UP | f_lbp | f_sirt1
R | DOWN | f_lbp | f_p53
# s7 (siRNA: generic reagent, not annotated; abolishing LBP's effect: nothing; inhibitor -> named target DOWN)
E | g_sirt1 | GENE | SIRT1 | -
E | g_lbp | COMPOUND | LBP | -
E | g_sirt1b | GENE | SIRT1 | -
E | g_ex | COMPOUND | EX-527 | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
R | DOWN | g_ex | g_sirt1b
R | CONC | g_ex | g_c
# s8 negated (result, no giving word: no TI)
E | h_lbp | COMPOUND | LBP | -
E | h_bmsc | CELL_TYPE | BMSCs | -
# s9 (counteracts BMSC senescence -> UP; preserve capacity of stem cells -> UP; via SIRT1/p53 signalling: no relation; age-related bone loss: process)
E | i_lbp | COMPOUND | LBP | -
E | i_bmsc | CELL_TYPE | BMSC | -
E | i_path | PATHWAY | SIRT1/p53 signalling | -
E | i_sc | CELL_TYPE | stem cells | -
R | UP | i_lbp | i_bmsc
R | UP | i_lbp | i_sc
