// Landmark ids: the names by which the model (manifest) and the generator place the points
// measurements, overlays and posing read. One constant per id, so a misspelt id is a compile
// error rather than a "missing landmark" at run time.
#pragma once

namespace anatomy::lm {

inline constexpr const char kCalcanealTuberosityPlantar[] = "calcaneal_tuberosity_plantar";
inline constexpr const char kCalcaneusPlantarTangentPosterior[] = "calcaneus_plantar_tangent_posterior";
inline constexpr const char kCalcaneusPlantarTangentAnterior[] = "calcaneus_plantar_tangent_anterior";
inline constexpr const char kPplLowerPosterior[] = "ppl_lower_posterior";
inline constexpr const char kPplLowerAnterior[] = "ppl_lower_anterior";
inline constexpr const char kCalcaneocuboidInferior[] = "calcaneocuboid_inferior";
inline constexpr const char kPplUpperFacetLip[] = "ppl_upper_facet_lip";
inline constexpr const char kCalcaneusPosterosuperiorProminence[] = "calcaneus_posterosuperior_prominence";
inline constexpr const char kCalcaneusPosteriorTangentPoint[] = "calcaneus_posterior_tangent_point";
inline constexpr const char kCalcaneusBisectorTop[] = "calcaneus_bisector_top";
inline constexpr const char kCalcaneusBisectorBottom[] = "calcaneus_bisector_bottom";
inline constexpr const char kSustentaculumTali[] = "sustentaculum_tali";
inline constexpr const char kCalcaneusMiddleTalarFacet[] = "calcaneus_middle_talar_facet";
inline constexpr const char kPeronealTrochlea[] = "peroneal_trochlea";
inline constexpr const char kCalcaneusMedialProcess[] = "calcaneus_medial_process";
inline constexpr const char kCalcaneusLateralProcess[] = "calcaneus_lateral_process";
inline constexpr const char kCalcaneusAnteriorProcess[] = "calcaneus_anterior_process";
inline constexpr const char kAchillesInsertionCentre[] = "achilles_insertion_centre";
inline constexpr const char kAchillesOrigin[] = "achilles_origin";
// Optional: where the calf pulls from, when the model gives it (else the origin).
inline constexpr const char kAchillesCalfPoint[] = "achilles_calf_point";
inline constexpr const char kAchillesInsertionAnterior[] = "achilles_insertion_anterior";
inline constexpr const char kAchillesInsertionPosterior[] = "achilles_insertion_posterior";
inline constexpr const char kAchillesMidportionAnterior[] = "achilles_midportion_anterior";
inline constexpr const char kAchillesMidportionPosterior[] = "achilles_midportion_posterior";
inline constexpr const char kSpurBase[] = "spur_base";
inline constexpr const char kSpurAxisEnd[] = "spur_axis_end";
inline constexpr const char kSpurTip[] = "spur_tip";
inline constexpr const char kRetrocalcanealBursaCentre[] = "retrocalcaneal_bursa_centre";
inline constexpr const char kRetrocalcanealBursaAnterior[] = "retrocalcaneal_bursa_anterior";
inline constexpr const char kRetrocalcanealBursaPosterior[] = "retrocalcaneal_bursa_posterior";
inline constexpr const char kRetrocalcanealBursaSuperior[] = "retrocalcaneal_bursa_superior";
inline constexpr const char kRetrocalcanealBursaInferior[] = "retrocalcaneal_bursa_inferior";
inline constexpr const char kRetrocalcanealBursaMedial[] = "retrocalcaneal_bursa_medial";
inline constexpr const char kRetrocalcanealBursaLateral[] = "retrocalcaneal_bursa_lateral";
inline constexpr const char kSuperficialBursaCentre[] = "superficial_bursa_centre";
inline constexpr const char kSuperficialBursaAnterior[] = "superficial_bursa_anterior";
inline constexpr const char kSuperficialBursaPosterior[] = "superficial_bursa_posterior";
inline constexpr const char kSuperficialBursaSuperior[] = "superficial_bursa_superior";
inline constexpr const char kSuperficialBursaInferior[] = "superficial_bursa_inferior";
inline constexpr const char kSuperficialBursaMedial[] = "superficial_bursa_medial";
inline constexpr const char kSuperficialBursaLateral[] = "superficial_bursa_lateral";
inline constexpr const char kFemoralHeadCentre[] = "femoral_head_centre";
inline constexpr const char kKneeCentre[] = "knee_centre";
inline constexpr const char kAnkleCentre[] = "ankle_centre";
inline constexpr const char kMedialMalleolusTip[] = "medial_malleolus_tip";
inline constexpr const char kLateralMalleolusTip[] = "lateral_malleolus_tip";
inline constexpr const char kMedialFemoralCondyleMedialPoint[] = "medial_femoral_condyle_medial_point";
inline constexpr const char kTibiaAxisDistal[] = "tibia_axis_distal";
inline constexpr const char kTibiaAxisProximal[] = "tibia_axis_proximal";
inline constexpr const char kTalusBodyCentre[] = "talus_body_centre";
inline constexpr const char kTalusHeadCentre[] = "talus_head_centre";
inline constexpr const char kMetatarsal1BaseCentre[] = "metatarsal_1_base_centre";
inline constexpr const char kMetatarsal1HeadCentre[] = "metatarsal_1_head_centre";
inline constexpr const char kNavicularTuberosity[] = "navicular_tuberosity";
inline constexpr const char kHeelSkinPosterior[] = "heel_skin_posterior";
inline constexpr const char kToeTipSkin[] = "toe_tip_skin";
inline constexpr const char kAchillesGapUpper[] = "achilles_gap_upper";
inline constexpr const char kAchillesGapLower[] = "achilles_gap_lower";

}  // namespace anatomy::lm
