<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        DB::table('users')->whereNull('plan')->update(['plan' => 'free']);
        DB::table('users')->where('country', null)->update(['country' => 'NL']);
        Schema::table('users', function (Blueprint $table) {
            $table->string('tier')->nullable();
        });
        DB::table('users')->update(['tier' => 'basic']);
    }

    public function down(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $table->dropColumn('tier');
        });
    }
};
