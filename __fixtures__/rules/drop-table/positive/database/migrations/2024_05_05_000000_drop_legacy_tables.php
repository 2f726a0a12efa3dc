<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::dropIfExists('legacy_sessions'); // mg:expect
        Schema::drop('password_resets'); // mg:expect
        Schema::table('old_reports', function (Blueprint $table) {
            $table->drop(); // mg:expect
        });
    }

    public function down(): void
    {
        // restored by hand from the backup
        Schema::table('users', fn (Blueprint $table) => $table->string('placeholder')->nullable());
    }
};
